package org.podium.importers.csv.internal.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Place;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostic;

/**
 * An itinerary: the stage list. {@code P} is a prologue; {@code 1A}/{@code 1B} share a date; a
 * route {@code Forest – Forest}, or one place alone, is a loop; the winner is kept as written
 * ({@code Rudy Matthijs (BEL)}, or a team), as the itinerary's reported winner.
 *
 * <p>A list of special stages gives more than the model has fields for: each stage's name, its
 * start time of day, the winner's time and the leader after it. They are kept, as written, in one
 * note per stage beside the itinerary, so documents show them and nothing is dropped; a winner's
 * time that is not a time is reported.
 */
final class ItineraryReader {

    /** An en or em dash, with or without spaces, or a hyphen between spaces: a hyphen alone joins a name ({@code Fontenay-sous-Bois}). */
    /** Tried only where a run of spaces starts: from inside one, it rescanned the run from each of its characters. */
    private static final Pattern ROUTE_SEPARATOR = Pattern.compile("(?<!\\s)(?:\\s*[–—]\\s*|\\s+-\\s+)");
    private static final Pattern COUNTRY_FIRST = Pattern.compile("([A-Z]{3})\\s+(\\S.*)");
    private static final Pattern DISTANCE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(km|mi)?\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT_LABEL = Pattern.compile("(\\d+)[A-Za-z]");

    private final Sheet sheet;
    private Integer year;
    private boolean yearAsked;

    ItineraryReader(Sheet sheet) {
        this.sheet = sheet;
    }

    /** The stages, and the notes of what the model has no field for, numbered after the file's own notes. */
    record Plan(ImmutableList<Stage> stages, ImmutableList<Note> notes) {
    }

    Event read() {
        String categoryName = sheet.facts.categoryName != null ? sheet.facts.categoryName : "Overall";
        EntryBook book = new EntryBook(sheet.diagnostics);
        Plan plan = plan(book.category(categoryName));
        Facts facts = sheet.facts;
        return new Event(facts.name, facts.edition, facts.startDate, facts.finishDate, facts.description, sheet.fileName,
                facts.properties(), book.categories(), plan.stages(), Lists.immutable.empty(),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty(),
                facts.notes().newWithAll(plan.notes()));
    }

    /** The stages, each with its status for the category given. */
    Plan plan(String categoryId) {
        MutableList<Stage> stages = Lists.mutable.empty();
        MutableList<Note> notes = Lists.mutable.empty();
        int firstNote = sheet.facts.notes.size() + 1;
        for (SheetRow row : sheet.rows) {
            String label = sheet.text(row, Meaning.STAGE);
            String typeText = sheet.text(row, Meaning.TYPE);
            LocalDate date = date(row, label, stages);
            Place[] route = route(row);
            BigDecimal distance = distance(row);
            String type = type(label, typeText);
            if (label == null) {
                stages.add(new Stage(stages.size() + 1, null, date, route[0], null, distance, StageTypes.REST,
                        Lists.immutable.empty(), sheet.at(row)));
                continue;
            }
            String winner = sheet.text(row, Meaning.WINNER);
            StageStatus status = type.equals(StageTypes.LIAISON) ? StageStatus.LIAISON : StageStatus.RUN;
            if (winner != null && winner.toLowerCase(Locale.ROOT).matches("(stage )?cancell?ed")) {
                status = StageStatus.CANCELLED;
                winner = null;
            }
            stages.add(new Stage(stages.size() + 1, label, date, route[0], route[1], distance, type,
                    Lists.immutable.of(new StageCategory(categoryId, status, winner)), sheet.at(row)));
            String extras = extras(row, label);
            if (extras != null) {
                notes.add(new Note("n" + (firstNote + notes.size()), null, label, NoteTable.ITINERARY, extras,
                        sheet.at(row)));
            }
        }
        return new Plan(stages.toImmutable(), notes.toImmutable());
    }

    /**
     * {@code SS1 Col des Pins 1: start 08:03; winner's time 9:41.2; leader after the stage: Ana Núñez},
     * or null when the row gives none of them.
     */
    private String extras(SheetRow row, String label) {
        String name = sheet.text(row, Meaning.STAGE_NAME);
        String start = sheet.text(row, Meaning.START_TIME);
        String winnerTime = sheet.text(row, Meaning.WINNER_TIME);
        String leader = sheet.text(row, Meaning.LEADER);
        if (start != null && !TimeOfDay.is(start)) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.START_TIME)), "'"
                    + start + "' is not a time of day (08:03, 14h05); kept as written in the stage's note"));
        }
        if (winnerTime != null) {
            ResultCell cell = ResultCell.read(winnerTime, TimeReading.DECIMAL);
            if (cell.kind() != ResultCell.Kind.TIME) {
                sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.WINNER_TIME)),
                        "'" + winnerTime + "' is not a time (" + ResultCell.NOTATIONS + "); kept as written in the"
                                + " stage's note"));
            }
        }
        MutableList<String> parts = Lists.mutable.empty();
        if (start != null) {
            parts.add("start " + start);
        }
        if (winnerTime != null) {
            parts.add("winner's time " + winnerTime);
        }
        if (leader != null) {
            parts.add("leader after the stage: " + leader);
        }
        if (name == null && parts.isEmpty()) {
            return null;
        }
        String head = label == null ? "" : label + (name == null ? "" : " " + name);
        return head + (parts.isEmpty() ? "" : (head.isEmpty() ? "" : ": ") + parts.makeString("; "));
    }

    /** The date; a split stage ({@code 1B}) without one shares the date of its first half. */
    private LocalDate date(SheetRow row, String label, MutableList<Stage> before) {
        String text = sheet.text(row, Meaning.DATE);
        int column = sheet.layout.column(Meaning.DATE);
        if (text == null) {
            Matcher split = label == null ? null : SPLIT_LABEL.matcher(label);
            if (split != null && split.matches() && !before.isEmpty() && before.getLast().label() != null
                    && before.getLast().label().startsWith(split.group(1))) {
                return before.getLast().date();
            }
            return null;
        }
        if (DateText.lacksYear(text) && !yearAsked) {
            yearAsked = true;
            year = sheet.facts.year(sheet.diagnostics).orElse(null);
        }
        Optional<LocalDate> date = DateText.parse(text, year);
        if (date.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "cannot read '" + text + "' as a date"
                    + (DateText.lacksYear(text) ? " (no year: add a '# start: YYYY-MM-DD' line)" : "")
                    + "; the stage is kept without it"));
        }
        return date.orElse(null);
    }

    /** Start and finish: from and to columns, else the route split at its dash; one place alone is a loop. */
    private Place[] route(SheetRow row) {
        String from = sheet.text(row, Meaning.FROM);
        String to = sheet.text(row, Meaning.TO);
        if (from == null && to == null) {
            String route = sheet.text(row, Meaning.ROUTE);
            if (route == null) {
                return new Place[2];
            }
            String[] parts = ROUTE_SEPARATOR.split(route, 2);
            from = parts[0];
            to = parts.length > 1 ? parts[1] : parts[0];
        }
        return new Place[] {place(from), place(to == null ? from : to)};
    }

    private static Place place(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher coded = COUNTRY_FIRST.matcher(text.strip());
        return coded.matches() ? new Place(coded.group(2), coded.group(1)) : new Place(text, null);
    }

    /** {@code 163 km (101 mi)} → 163: the km figure; a distance in miles only is not converted but reported. */
    private BigDecimal distance(SheetRow row) {
        String text = sheet.text(row, Meaning.DISTANCE);
        if (text == null) {
            return null;
        }
        Matcher m = DISTANCE.matcher(text);
        int column = sheet.layout.column(Meaning.DISTANCE);
        if (!m.matches()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "cannot read '" + text + "' as a distance"
                    + " in km (163, 163 km, 30.3 km (18.8 mi)); the stage is kept without it"));
            return null;
        }
        if (m.group(2) != null && m.group(2).equalsIgnoreCase("mi")) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "'" + text + "' is in miles only; Podium"
                    + " keeps km, so the stage is kept without a distance"));
            return null;
        }
        BigDecimal km = new BigDecimal(m.group(1).replace(',', '.'));
        if (Stage.distanceInRange(km).isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "'" + text + "' is out of range for a"
                    + " stage's distance (0 to " + Stage.LONGEST_KM + " km); the stage is kept without it"));
            return null;
        }
        return km;
    }

    /** {@code P} is a prologue whatever its terrain; known terrains become Podium's words, others stay as written. */
    private static String type(String label, String typeText) {
        if (StageLabels.isPrologue(label)) {
            return StageTypes.PROLOGUE;
        }
        if (typeText == null) {
            return label == null ? StageTypes.REST : StageTypes.SPECIAL;
        }
        String text = typeText.toLowerCase(Locale.ROOT);
        if (text.contains("team time trial")) {
            return StageTypes.TEAM_TIME_TRIAL;
        }
        if (text.contains("time trial")) {
            return StageTypes.TIME_TRIAL;
        }
        if (text.contains("rest")) {
            return StageTypes.REST;
        }
        if (text.contains("liaison")) {
            return StageTypes.LIAISON;
        }
        if (text.contains("special")) {
            return StageTypes.SPECIAL;
        }
        return text.strip();
    }
}
