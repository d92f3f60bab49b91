package org.podium.importers.csv.internal.sheet;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Property;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The event's facts that are not in the rows: {@code # key: value} comment lines before the
 * header, else the command line's {@code --event-name}, else the file name. A comment Podium has
 * no field for is kept as a property, a comment that is not {@code key: value} as a note.
 */
final class Facts {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(1[89][0-9]{2}|2[0-9]{3})(?![0-9])");

    String name;
    String edition;
    LocalDate startDate;
    LocalDate finishDate;
    String description;
    String categoryName;
    Boolean complete;
    final MutableList<Property> properties = Lists.mutable.empty();
    final MutableList<Note> notes = Lists.mutable.empty();
    /** Where each fact was given, by {@link #field}. */
    private final Map<String, SourcePosition> givenAt = new HashMap<>();
    private final String fileName;

    private Facts(String fileName) {
        this.fileName = fileName;
    }

    static Facts read(Preamble preamble, String fileName, String eventName, Diagnostics diagnostics) {
        Facts facts = parse(preamble, fileName, diagnostics);
        facts.nameOr(eventName, withoutExtension(fileName), "the file name", diagnostics);
        return facts;
    }

    /** What one file's comment lines say, without a name when they give none. */
    static Facts parse(Preamble preamble, String fileName, Diagnostics diagnostics) {
        Facts facts = new Facts(fileName);
        for (Preamble.Comment comment : preamble.comments()) {
            SourcePosition at = SourcePosition.of(fileName, comment.line(), 1);
            if (comment.key() == null) {
                facts.notes.add(new Note("n" + (facts.notes.size() + 1), null, null, NoteTable.EVENT, comment.value(), at));
                continue;
            }
            String value = comment.value();
            String field = field(comment.key());
            switch (field) {
                case "event" -> facts.name = value;
                case "edition" -> facts.edition = value;
                case "start" -> facts.startDate = date(value, at, diagnostics);
                case "finish" -> facts.finishDate = date(value, at, diagnostics);
                case "description" -> facts.description = value;
                case "category" -> facts.categoryName = value;
                case "complete" -> facts.complete = flag(value, at, diagnostics);
                default -> facts.properties.add(new Property(comment.key(), value));
            }
            facts.givenAt.put(field, at);
        }
        return facts;
    }

    /** The fact a comment's key names, or {@code property:<key>} for one Podium has no field for. */
    private static String field(String key) {
        return switch (Headers.normalise(key)) {
            case "event", "name", "title", "event name" -> "event";
            case "edition" -> "edition";
            case "start", "start date", "start_date", "from" -> "start";
            case "finish", "end", "finish date", "finish_date", "to" -> "finish";
            case "description" -> "description";
            case "category", "categorie", "catégorie" -> "category";
            case "complete" -> "complete";
            default -> "property:" + Headers.normalise(key);
        };
    }

    /** Names the event when no comment did: {@code --event-name}, else {@code fallback}, said to be {@code what}. */
    void nameOr(String eventName, String fallback, String what, Diagnostics diagnostics) {
        if (name == null || name.isBlank()) {
            boolean given = eventName != null && !eventName.isBlank();
            name = given ? eventName : fallback;
            diagnostics.report(Diagnostic.info(SourcePosition.of(fileName, 0, 0), "no '# event: …' line before the"
                    + " header; the event is named '" + name + "'" + (given ? " (--event-name)" : " (" + what + ")")));
        }
    }

    /**
     * One event's facts from several files' comment lines, in the order given: the first file that
     * gives a fact gives it, and another that gives it otherwise is said not to be used. Notes are
     * all kept, numbered again. A {@code # category:} line is not merged: it is the category of its
     * own file's rows.
     *
     * @param name where the facts are, for the year of dates written without one (a folder's name)
     */
    static Facts combine(String name, ImmutableList<Facts> files, Diagnostics diagnostics) {
        Facts all = new Facts(name);
        for (Facts file : files) {
            all.name = all.take("event", all.name, file, file.name, diagnostics);
            all.edition = all.take("edition", all.edition, file, file.edition, diagnostics);
            all.startDate = all.take("start", all.startDate, file, file.startDate, diagnostics);
            all.finishDate = all.take("finish", all.finishDate, file, file.finishDate, diagnostics);
            all.description = all.take("description", all.description, file, file.description, diagnostics);
            all.complete = all.take("complete", all.complete, file, file.complete, diagnostics);
            for (Property property : file.properties) {
                String field = field(property.key());
                Property known = all.properties.detect(p -> field(p.key()).equals(field));
                if (known == null) {
                    all.properties.add(property);
                    all.givenAt.put(field, file.givenAt.get(field));
                } else {
                    all.take(field, known.value(), file, property.value(), diagnostics);
                }
            }
            for (Note note : file.notes) {
                all.notes.add(new Note("n" + (all.notes.size() + 1), note.categoryId(), note.stageLabel(), note.table(),
                        note.text(), note.source()));
            }
        }
        return all;
    }

    /** The fact as known so far, else the file's; a file that says otherwise is told its value is not used. */
    private <T> T take(String field, T known, Facts file, T given, Diagnostics diagnostics) {
        if (given == null) {
            return known;
        }
        if (known == null) {
            givenAt.put(field, file.givenAt.get(field));
            return given;
        }
        if (!known.equals(given)) {
            diagnostics.report(Diagnostic.warning(file.givenAt.get(field), "'" + given + "' here, '" + known + "' at "
                    + givenAt.get(field).describe() + ": the first is used"));
        }
        return known;
    }

    ImmutableList<Property> properties() {
        return properties.toImmutable();
    }

    ImmutableList<Note> notes() {
        return notes.toImmutable();
    }

    /** The year for dates written without one: the start date's, else one in the event's name or file name. */
    Optional<Integer> year(Diagnostics diagnostics) {
        if (startDate != null) {
            return Optional.of(startDate.getYear());
        }
        for (String text : Lists.immutable.of(name, fileName)) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                diagnostics.report(Diagnostic.info(SourcePosition.of(fileName, 0, 0), "dates without a year are taken"
                        + " to be in " + m.group(1) + ", from " + (text.equals(name) ? "the event's name" : "the file name")
                        + "; a '# start: YYYY-MM-DD' line says it for sure"));
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(String value, SourcePosition at, Diagnostics diagnostics) {
        Optional<LocalDate> date = DateText.parse(value, null);
        if (date.isEmpty()) {
            diagnostics.report(Diagnostic.error(at, "cannot read '" + value + "' as a date (2026-01-03, 3 January 2026)"));
        }
        return date.orElse(null);
    }

    private static Boolean flag(String value, SourcePosition at, Diagnostics diagnostics) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("yes")) {
            return Boolean.TRUE;
        }
        if (word.equals("false") || word.equals("no")) {
            return Boolean.FALSE;
        }
        diagnostics.report(Diagnostic.error(at, "cannot read '" + value + "' as yes or no"));
        return null;
    }

    private static String withoutExtension(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
