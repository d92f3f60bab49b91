package org.podium.importers.csv.internal.sheet;

import java.time.LocalDate;
import java.util.Locale;
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
    private final String fileName;

    private Facts(String fileName) {
        this.fileName = fileName;
    }

    static Facts read(Preamble preamble, String fileName, String eventName, Diagnostics diagnostics) {
        Facts facts = new Facts(fileName);
        for (Preamble.Comment comment : preamble.comments()) {
            SourcePosition at = SourcePosition.of(fileName, comment.line(), 1);
            if (comment.key() == null) {
                facts.notes.add(new Note("n" + (facts.notes.size() + 1), null, null, NoteTable.EVENT, comment.value(), at));
                continue;
            }
            String value = comment.value();
            switch (Headers.normalise(comment.key())) {
                case "event", "name", "title", "event name" -> facts.name = value;
                case "edition" -> facts.edition = value;
                case "start", "start date", "start_date", "from" -> facts.startDate = date(value, at, diagnostics);
                case "finish", "end", "finish date", "finish_date", "to" -> facts.finishDate = date(value, at, diagnostics);
                case "description" -> facts.description = value;
                case "category", "categorie", "catégorie" -> facts.categoryName = value;
                case "complete" -> facts.complete = flag(value, at, diagnostics);
                default -> facts.properties.add(new Property(comment.key(), value));
            }
        }
        if (facts.name == null || facts.name.isBlank()) {
            facts.name = eventName != null && !eventName.isBlank() ? eventName : withoutExtension(fileName);
            diagnostics.report(Diagnostic.info(SourcePosition.of(fileName, 0, 0), "no '# event: …' line before the"
                    + " header; the event is named '" + facts.name + "'"
                    + (eventName != null && !eventName.isBlank() ? " (--event-name)" : " (the file name)")));
        }
        return facts;
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
