package org.podium.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.Text;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Takes control characters ({@link Text#isControl}: BEL, ESC, NUL, the other C0 and C1 controls,
 * direction overrides…) out of every text of an imported event, whatever importer read it, and
 * says so: one warning per text that held one, naming where it was read and the crew. Run once on
 * each event the launcher reads, so no exporter, check or message ever sees one: a name holding ESC
 * would otherwise reach the Markdown and the data package raw, and the PDF would refuse it as a
 * script it cannot print.
 *
 * <p>A tab or a line break is whitespace: inside a name it becomes a space (with a warning, since a
 * name with a line break is a damaged source); in the event's description and in notes a line
 * break stays a line break ({@code \r\n} and a lone {@code \r} become {@code \n}) and a tab a space.
 * Ids and stage labels are cleaned the same way wherever they are referred to, so references still
 * meet; each distinct one is warned about once. An event without control characters is returned as
 * it is.
 */
final class EventText {

    /** How many different characters a warning names before "…". */
    private static final int NAMED = 4;

    private final Diagnostics diagnostics;
    private final SourcePosition inputPosition;
    private final Set<String> warned = new HashSet<>();
    private final Map<String, SourcePosition> entryPositions = new HashMap<>();
    private final Map<String, SourcePosition> categoryPositions = new HashMap<>();
    private final Map<String, SourcePosition> notePositions = new HashMap<>();
    private final Map<String, String> crews = new HashMap<>();

    private EventText(Event event, String inputName, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.inputPosition = SourcePosition.of(inputName, 0, 0);
        for (Classification classification : event.classifications()) {
            if (classification.source().isKnown()) {
                categoryPositions.putIfAbsent(classification.categoryId(), classification.source());
            }
            for (ClassificationRow row : classification.rows()) {
                if (row.source().isKnown()) {
                    entryPositions.putIfAbsent(row.entryId(), row.source());
                }
            }
        }
        for (Note note : event.notes()) {
            notePositions.put(note.id(), note.source());
        }
    }

    /**
     * The event without control characters; each text that held one is reported to
     * {@code diagnostics} as a warning. {@code inputName} stands for the place of a text whose
     * position the importer did not give.
     */
    static Event clean(Event event, String inputName, Diagnostics diagnostics) {
        return new EventText(event, inputName, diagnostics).event(event);
    }

    private Event event(Event event) {
        String name = required(event.name(), inputPosition, "the event's name");
        String edition = line(event.edition(), inputPosition, "the event's edition");
        String description = clean(event.description(), inputPosition, "the event's description", true, false, false);
        String source = Objects.requireNonNullElse(line(event.source(), inputPosition, "the input's name"), "");
        ImmutableList<Property> properties = each(event.properties(), this::property);
        ImmutableList<Category> categories = each(event.categories(), this::category);
        ImmutableList<Entry> entries = each(event.entries(), this::entry);
        ImmutableList<Stage> stages = each(event.stages(), this::stage);
        ImmutableList<Classification> classifications = each(event.classifications(), this::classification);
        ImmutableList<Penalty> penalties = each(event.penalties(), this::penalty);
        ImmutableList<AwardedTime> awardedTimes = each(event.awardedTimes(), this::awardedTime);
        ImmutableList<Note> notes = each(event.notes(), this::note);
        if (name == event.name() && edition == event.edition() && description == event.description()
                && source == event.source() && properties == event.properties() && categories == event.categories()
                && stages == event.stages() && entries == event.entries()
                && classifications == event.classifications() && penalties == event.penalties()
                && awardedTimes == event.awardedTimes() && notes == event.notes()) {
            return event;
        }
        return new Event(name, edition, event.startDate(), event.finishDate(), description, source, properties,
                categories, stages, entries, classifications, penalties, awardedTimes, notes);
    }

    private Property property(Property property) {
        String key = required(property.key(), inputPosition, "the name of the event's fact " + quote(property.key()));
        String value = Objects.requireNonNullElse(line(property.value(), inputPosition, "the event's fact '" + key + "'"),
                "");
        return key == property.key() && value == property.value() ? property : new Property(key, value);
    }

    private Category category(Category category) {
        SourcePosition where = categoryPositions.getOrDefault(category.id(), inputPosition);
        String id = categoryId(category.id());
        String name = required(category.name(), where, "the name of category " + id);
        ImmutableList<String> aliases = each(category.aliases(),
                alias -> line(alias, where, "a name of category " + id));
        return id == category.id() && name == category.name() && aliases == category.aliases() ? category
                : new Category(id, name, aliases);
    }

    private Stage stage(Stage stage) {
        SourcePosition where = known(stage.source());
        String label = stageLabel(stage.label(), where);
        String what = stage.isRestDay() ? "the rest day of day " + stage.ordinal() : "stage " + label;
        Place start = place(stage.start(), where, "the start of " + what);
        Place finish = stage.finish() == stage.start() ? start : place(stage.finish(), where, "the finish of " + what);
        String type = required(stage.type(), where, "the type of " + what);
        ImmutableList<StageCategory> categories = each(stage.categories(), status -> {
            String categoryId = categoryId(status.categoryId());
            String winner = line(status.reportedWinner(), where, "the " + categoryId + " winner of " + what);
            return categoryId == status.categoryId() && winner == status.reportedWinner() ? status
                    : new StageCategory(categoryId, status.status(), winner);
        });
        if (label == stage.label() && start == stage.start() && finish == stage.finish() && type == stage.type()
                && categories == stage.categories()) {
            return stage;
        }
        return new Stage(stage.ordinal(), label, stage.date(), start, finish, stage.distanceKm(), type, categories,
                stage.source());
    }

    private Place place(Place place, SourcePosition where, String what) {
        if (place == null) {
            return null;
        }
        String name = required(place.name(), where, what);
        String country = line(place.country(), where, "the country of " + what);
        return name == place.name() && country == place.country() ? place : new Place(name, country);
    }

    private Entry entry(Entry entry) {
        SourcePosition where = entryPositions.getOrDefault(entry.id(), inputPosition);
        String categoryId = categoryId(entry.categoryId());
        // Every warning about the entry names its crew as cleaned, so the names are cleaned first.
        String described = crewDescription(entry.number(),
                entry.crew().collect(person -> cleaned(person.name(), scrub(person.name(), false), true)).makeString(" / "),
                categoryId);
        crews.put(entry.id(), described);
        ImmutableList<Person> crew = each(entry.crew(), person -> {
            String name = clean(person.name(), where, "the name of " + described, false, true, false);
            String nationality = line(person.nationality(), where, "the nationality of " + described);
            return name == person.name() && nationality == person.nationality() ? person
                    : new Person(name, nationality);
        });
        String id = entryId(entry.id(), where, described);
        String make = line(entry.make(), where, "the make of " + described);
        String entrant = line(entry.entrant(), where, "the entrant of " + described);
        String vehicleClass = line(entry.vehicleClass(), where, "the class of " + described);
        if (id == entry.id() && categoryId == entry.categoryId() && crew == entry.crew() && make == entry.make()
                && entrant == entry.entrant() && vehicleClass == entry.vehicleClass()) {
            return entry;
        }
        return new Entry(id, categoryId, entry.number(), crew, make, entrant, vehicleClass);
    }

    private Classification classification(Classification classification) {
        String categoryId = categoryId(classification.categoryId());
        String stageLabel = stageLabel(classification.stageLabel(), known(classification.source()));
        ImmutableList<ClassificationRow> rows = each(classification.rows(), this::row);
        if (categoryId == classification.categoryId() && stageLabel == classification.stageLabel()
                && rows == classification.rows()) {
            return classification;
        }
        return new Classification(categoryId, classification.kind(), stageLabel, classification.basis(),
                classification.complete(), rows, classification.source());
    }

    private ClassificationRow row(ClassificationRow row) {
        // Most rows hold no control character: then no message text is made for them (two per row, and
        // an event of 860 000 timed rows has some two million classification rows).
        if (!holdsControl(row.entryId()) && !holdsControl(row.make()) && !holdsControl(row.details().statusReason())) {
            return row;
        }
        SourcePosition where = known(row.source());
        String entryId = entryId(row.entryId(), where, crew(row.entryId()));
        String make = line(row.make(), where, "the make of " + crew(row.entryId()));
        RowDetails details = row.details();
        String reason = line(details.statusReason(), where, "the status reason of " + crew(row.entryId()));
        if (reason != details.statusReason()) {
            details = details.withStatusReason(reason);
        }
        if (entryId == row.entryId() && make == row.make() && details == row.details()) {
            return row;
        }
        return new ClassificationRow(row.position(), entryId, make, row.time(), row.timeDerived(), row.gap(),
                row.penalty(), row.status(), row.source(), details);
    }

    private Penalty penalty(Penalty penalty) {
        SourcePosition where = penalty.noteId() != null ? notePosition(penalty.noteId())
                : entryPositions.getOrDefault(penalty.entryId(), inputPosition);
        String entryId = entryId(penalty.entryId(), where, crew(penalty.entryId()));
        String stageLabel = stageLabel(penalty.stageLabel(), where);
        String reason = line(penalty.reason(), where, "the penalty reason of " + crew(penalty.entryId()));
        String noteId = noteId(penalty.noteId());
        if (entryId == penalty.entryId() && stageLabel == penalty.stageLabel() && reason == penalty.reason()
                && noteId == penalty.noteId()) {
            return penalty;
        }
        return new Penalty(entryId, stageLabel, penalty.time(), reason, noteId, penalty.stageInferred());
    }

    private AwardedTime awardedTime(AwardedTime awarded) {
        SourcePosition where = awarded.noteId() != null ? notePosition(awarded.noteId()) : inputPosition;
        String categoryId = categoryId(awarded.categoryId());
        String stageLabel = stageLabel(awarded.stageLabel(), where);
        String noteId = noteId(awarded.noteId());
        if (categoryId == awarded.categoryId() && stageLabel == awarded.stageLabel() && noteId == awarded.noteId()) {
            return awarded;
        }
        return new AwardedTime(categoryId, stageLabel, awarded.time(), noteId, awarded.stageInferred());
    }

    private Note note(Note note) {
        SourcePosition where = known(note.source());
        String id = noteId(note.id());
        String categoryId = note.categoryId() == null ? null : categoryId(note.categoryId());
        String stageLabel = stageLabel(note.stageLabel(), where);
        String text = clean(note.text(), where, "note " + id, true, true, true);
        if (id == note.id() && categoryId == note.categoryId() && stageLabel == note.stageLabel()
                && text == note.text()) {
            return note;
        }
        return new Note(id, categoryId, stageLabel, note.table(), text, note.source());
    }

    // Ids and labels: cleaned alike wherever they appear, each distinct one warned about once.

    private String categoryId(String id) {
        return required(id, categoryPositions.getOrDefault(id, inputPosition), "the id of category " + quote(id));
    }

    private String stageLabel(String label, SourcePosition where) {
        return label == null ? null : required(label, where, "the label of stage " + quote(label));
    }

    private String entryId(String id, SourcePosition where, String crew) {
        return required(id, where, "the id of " + crew);
    }

    private String noteId(String id) {
        return id == null ? null : required(id, notePosition(id), "the id of note " + quote(id));
    }

    private SourcePosition notePosition(String noteId) {
        return noteId == null ? inputPosition : known(notePositions.getOrDefault(noteId, inputPosition));
    }

    private SourcePosition known(SourcePosition position) {
        return position.file().isEmpty() && !position.isKnown() ? inputPosition : position;
    }

    private String crew(String entryId) {
        return crews.getOrDefault(entryId, "crew " + entryId);
    }

    /** "crew 201 (Hiroshi Masuoka / Pascal Maimon) in cars": what an organiser can find in the source. */
    private static String crewDescription(Integer number, String names, String categoryId) {
        return "crew" + (number == null ? "" : " " + number) + " (" + names + ") in " + categoryId;
    }

    /** An id or label as a message quotes it: controls shown escaped, never raw. */
    private static String quote(String value) {
        return "'" + Text.excerpt(value, 60) + "'";
    }

    // The cleaning itself.

    /** What cleaning a text gave, and what it took out or made a space. */
    private record Scrubbed(String text, Set<Integer> removed, int removedCount, Set<Integer> spaced,
            List<String> sequences) {
    }

    /** The longest terminal string sequence (a title, a hyperlink) taken out whole after its ESC. */
    private static final int MAX_SEQUENCE = 512;

    /**
     * Where the terminal escape sequence that an ESC (or the one-character CSI, U+009B) at
     * {@code at} starts ends, or {@code at} when none does: a control sequence ({@code ESC [ 2 J},
     * {@code ESC [ 31 m}), a string ({@code ESC ] … BEL} or {@code ESC \}: window titles,
     * hyperlinks; also DCS, SOS, PM, APC) or a reset ({@code ESC c}). Taking out the ESC alone
     * would leave {@code [31m} in a crew's make. Other characters after an ESC are kept: they may
     * be the name's own letters.
     */
    static int sequenceEnd(String value, int escape) {
        int at = escape + 1;
        if (value.charAt(escape) == '\u009B') {
            return controlSequenceEnd(value, at, escape);
        }
        if (at >= value.length()) {
            return at;
        }
        char kind = value.charAt(at);
        if (kind == '[') {
            return controlSequenceEnd(value, at + 1, at);
        }
        if (kind == 'c') {
            return at + 1;
        }
        if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
            int limit = Math.min(value.length(), at + MAX_SEQUENCE);
            for (int i = at + 1; i < limit; i++) {
                char c = value.charAt(i);
                if (c == '\u0007' || c == '\u009C') {
                    return i + 1;
                }
                if (c == '\u001B') {
                    return i + 1 < value.length() && value.charAt(i + 1) == '\\' ? i + 2 : at;
                }
            }
        }
        return at;
    }

    /** After {@code ESC [}: parameters, intermediates, one final byte; {@code none} when malformed. */
    private static int controlSequenceEnd(String value, int from, int none) {
        int i = from;
        while (i < value.length() && i - from < MAX_SEQUENCE && value.charAt(i) >= 0x30 && value.charAt(i) <= 0x3F) {
            i++;
        }
        while (i < value.length() && i - from < MAX_SEQUENCE && value.charAt(i) >= 0x20 && value.charAt(i) <= 0x2F) {
            i++;
        }
        return i < value.length() && value.charAt(i) >= 0x40 && value.charAt(i) <= 0x7E ? i + 1 : none;
    }

    /**
     * The text without control characters: whitespace controls become one space (in a text of
     * lines, line breaks stay as {@code \n} and a tab is a space, neither worth a warning), the
     * rest are removed.
     */
    private static Scrubbed scrub(String value, boolean multiLine) {
        StringBuilder text = new StringBuilder(value.length());
        Set<Integer> removed = new LinkedHashSet<>();
        Set<Integer> spaced = new LinkedHashSet<>();
        List<String> sequences = new ArrayList<>();
        int removedCount = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (c == 0x1B || c == 0x9B) {
                int end = sequenceEnd(value, at);
                if (end > i) {
                    sequences.add(value.substring(i, end));
                    i = end;
                }
            }
            if (!Text.isControl(c)) {
                text.appendCodePoint(c);
            } else if (multiLine && (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                if (c != '\r' || i >= value.length() || value.charAt(i) != '\n') {
                    text.append('\n');
                }
            } else if (Text.isBreakingSpace(c)) {
                if (!multiLine || c != '\t') {
                    spaced.add(c);
                }
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                removed.add(c);
                removedCount++;
            }
        }
        return new Scrubbed(text.toString(), removed, removedCount, spaced, sequences);
    }

    /** A text on one line, or null: controls removed, whitespace controls made a space. */
    private String line(String value, SourcePosition where, String what) {
        return clean(value, where, what, false, false, true);
    }

    /** A text that must not end up empty: one made only of controls keeps them, escaped, to stay visible. */
    private String required(String value, SourcePosition where, String what) {
        return clean(value, where, what, false, true, true);
    }

    /**
     * The text cleaned, the same instance when it holds no control character; a warning when
     * something was taken out or made a space, once per text and place.
     */
    private String clean(String value, SourcePosition where, String what, boolean multiLine, boolean required,
            boolean quoted) {
        if (value == null || !holdsControl(value)) {
            return value;
        }
        Scrubbed scrubbed = scrub(value, multiLine);
        String cleaned = cleaned(value, scrubbed, required);
        boolean kept = required && Text.clean(scrubbed.text()).isEmpty();
        if (cleaned.equals(value)) {
            return value;
        }
        if (!scrubbed.removed().isEmpty() || !scrubbed.spaced().isEmpty()) {
            warn(where, what, value, cleaned, scrubbed, kept, quoted);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Whether the text holds a control character: one pass over it, no stream, as most texts hold none. */
    private static boolean holdsControl(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Text.isControl(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** The text as cleaning leaves it: a required one left empty keeps its controls, escaped. */
    private static String cleaned(String value, Scrubbed scrubbed, boolean required) {
        String cleaned = Text.clean(scrubbed.text());
        return required && cleaned.isEmpty() ? Text.excerpt(value.strip(), 200) : cleaned;
    }

    private void warn(SourcePosition where, String what, String original, String cleaned, Scrubbed scrubbed,
            boolean kept, boolean quoted) {
        if (!warned.add(what + '\u0000' + original)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (kept) {
            parts.add("kept " + characters(scrubbed.removedCount(), scrubbed.removed()) + " escaped in " + what
                    + ", as nothing else is left of it");
        } else if (!scrubbed.removed().isEmpty()) {
            parts.add("removed " + characters(scrubbed.removedCount(), scrubbed.removed()) + sequences(scrubbed)
                    + " from " + what);
        }
        if (!scrubbed.spaced().isEmpty()) {
            parts.add("replaced " + names(scrubbed.spaced()) + " by a space"
                    + (scrubbed.removed().isEmpty() ? " in " + what : ""));
        }
        String message = String.join("; ", parts);
        if (quoted) {
            message += ", which now reads '" + cleaned + "'";
        }
        diagnostics.report(Diagnostic.warning(where, message));
    }

    /** " and the terminal sequence after it ('[31m')", or nothing. */
    private static String sequences(Scrubbed scrubbed) {
        if (scrubbed.sequences().isEmpty()) {
            return "";
        }
        List<String> quoted = scrubbed.sequences().stream().limit(3).map(s -> "'" + Text.excerpt(s, 40) + "'").toList();
        return (scrubbed.sequences().size() == 1 ? " and the terminal sequence after it (" : " and the terminal sequences after them (")
                + String.join(", ", quoted) + (scrubbed.sequences().size() > 3 ? ", …" : "") + ")";
    }

    /** "the control character U+0007 BEL", "3 control characters (U+0007 BEL, U+001B ESCAPE)". */
    private static String characters(int count, Set<Integer> distinct) {
        return count == 1 ? "the control character " + names(distinct)
                : count + " control characters (" + names(distinct) + ")";
    }

    private static String names(Set<Integer> codePoints) {
        MutableList<String> names = Lists.mutable.empty();
        for (int c : codePoints) {
            if (names.size() == NAMED) {
                names.add("…");
                break;
            }
            String name = Character.getName(c);
            names.add(String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " " + name));
        }
        return names.makeString(", ");
    }

    /** Each item cleaned; the same list when every item came back as it was. */
    private static <T> ImmutableList<T> each(ImmutableList<T> items, UnaryOperator<T> cleaning) {
        MutableList<T> cleaned = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T result = cleaning.apply(item);
            if (result != item && cleaned == null) {
                cleaned = Lists.mutable.empty();
                for (int j = 0; j < i; j++) {
                    cleaned.add(items.get(j));
                }
            }
            if (cleaned != null) {
                cleaned.add(result);
            }
        }
        return cleaned == null ? items : cleaned.toImmutable();
    }
}
