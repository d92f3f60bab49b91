package org.podium.importers.csv.internal.sheet;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;

/**
 * Tells the kinds apart by their headers and, where headers are not enough, by their rows. Each
 * kind is tried in turn and either fits or says why not:
 * <ul>
 *   <li>a timing sheet has a stage, a crew and a time column, and its rows are crews with results
 *       (a stage on several rows, or a crew on several stages); a stage column with one stage and a
 *       position column make it that stage's standings instead;</li>
 *   <li>standings have a position, a crew and a time or a gap, and at most one stage;</li>
 *   <li>an itinerary has a stage column and two of date, route, distance, type, winner, start time
 *       and stage name: a list of special stages ({@code SS, Name, Length, Start time, Winner,
 *       Time, Leader}) is one, though its headers also fit a timing sheet.</li>
 * </ul>
 */
final class KindChooser {

    private KindChooser() {
    }

    /**
     * The kind taken, the layout it reads the headers with, and why a kind the headers pointed to
     * was set aside (null when none was).
     */
    record Choice(SheetKind kind, Layout layout, String setAside) {
    }

    /** Why each kind does not fit, null for a kind that fits. */
    record Attempts(String timingSheet, String standings, String itinerary) {

        /** {@code timing sheet: no time column (…); standings: …; itinerary: …}. */
        String describe() {
            return "timing sheet: " + timingSheet + "; standings: " + standings + "; itinerary: " + itinerary;
        }
    }

    /** Whether the headers alone fit a kind, whatever the rows hold (for detection). */
    static boolean knownByHeaders(ImmutableList<String> headers) {
        Attempts attempts = attempt(headers, Lists.immutable.empty());
        return attempts.timingSheet() == null || attempts.standings() == null || attempts.itinerary() == null;
    }

    /** The kind of the table, or null when none fits (then {@link #attempt} says why). */
    static Choice choose(ImmutableList<String> headers, ImmutableList<SheetRow> rows) {
        Attempts attempts = attempt(headers, rows);
        Layout results = Layout.of(headers, Meaning.RESULT_TABLE);
        if (attempts.timingSheet() == null) {
            return new Choice(SheetKind.TIMING_SHEET, results, null);
        }
        String setAside = timingHeaders(results) ? "the headers also fit a timing sheet, but " + attempts.timingSheet()
                : null;
        if (attempts.standings() == null) {
            return new Choice(SheetKind.STANDINGS, results, setAside);
        }
        if (attempts.itinerary() == null) {
            return new Choice(SheetKind.ITINERARY, Layout.itinerary(headers, rows), setAside);
        }
        return null;
    }

    /** Each kind tried on these headers and rows, with why it does not fit. */
    static Attempts attempt(ImmutableList<String> headers, ImmutableList<SheetRow> rows) {
        Layout results = Layout.of(headers, Meaning.RESULT_TABLE);
        Layout itinerary = Layout.itinerary(headers, rows);
        return new Attempts(timingSheet(results, rows), standings(results, rows), itinerary(itinerary));
    }

    private static boolean timingHeaders(Layout results) {
        return results.has(Meaning.STAGE) && results.hasCrew() && results.has(Meaning.TIME);
    }

    private static String timingSheet(Layout results, ImmutableList<SheetRow> rows) {
        MutableList<String> missing = Lists.mutable.empty();
        if (!results.has(Meaning.STAGE)) {
            missing.add(column(Meaning.STAGE));
        }
        if (!results.hasCrew()) {
            missing.add(crewColumn());
        }
        if (!results.has(Meaning.TIME)) {
            missing.add(column(Meaning.TIME));
        }
        if (!missing.isEmpty()) {
            return "no " + missing.makeString(", no ");
        }
        ImmutableList<String> stages = stages(results, rows);
        if (stages.toSet().size() <= 1 && results.has(Meaning.POSITION) && !rows.isEmpty()) {
            return "every row is of " + (stages.isEmpty() ? "no stage" : "stage " + stages.getFirst())
                    + ", with positions: that is one classification";
        }
        if (rows.size() >= 2 && stages.size() == rows.size() && stages.toSet().size() == rows.size()
                && allDifferent(crews(results, rows))) {
            return "each of its " + rows.size() + " rows is a different stage with a different '"
                    + results.header(crewColumnIndex(results)) + "', so the rows are stages, not crews' results";
        }
        return null;
    }

    private static String standings(Layout results, ImmutableList<SheetRow> rows) {
        MutableList<String> missing = Lists.mutable.empty();
        if (!results.has(Meaning.POSITION)) {
            missing.add(column(Meaning.POSITION));
        }
        if (!results.hasCrew()) {
            missing.add(crewColumn());
        }
        if (!results.has(Meaning.TIME) && !results.has(Meaning.GAP)) {
            missing.add(column(Meaning.TIME) + " or " + column(Meaning.GAP));
        }
        if (!missing.isEmpty()) {
            return "no " + missing.makeString(", no ");
        }
        int stages = stages(results, rows).toSet().size();
        if (stages > 1) {
            return "its '" + results.header(results.column(Meaning.STAGE)) + "' column names " + stages
                    + " stages, and standings are one classification";
        }
        return null;
    }

    private static String itinerary(Layout itinerary) {
        if (!itinerary.has(Meaning.STAGE)) {
            return "no " + column(Meaning.STAGE);
        }
        ImmutableList<Meaning> facts = itinerary.itineraryFacts();
        if (facts.size() >= 2) {
            return null;
        }
        String all = Meaning.ITINERARY_FACTS.collect(Meaning::label).makeString(", ");
        return facts.isEmpty() ? "none of " + all
                : "only one of " + all + " (" + itinerary.header(itinerary.column(facts.getOnly())) + ")";
    }

    /** Each row's stage label, blank ones left out. */
    private static ImmutableList<String> stages(Layout results, ImmutableList<SheetRow> rows) {
        int column = results.column(Meaning.STAGE);
        return column < 0 ? Lists.immutable.empty()
                : rows.collect(row -> row.cell(column).strip()).reject(String::isEmpty);
    }

    private static ImmutableList<String> crews(Layout results, ImmutableList<SheetRow> rows) {
        ImmutableList<Integer> columns = results.columns(Meaning.CREW).newWithAll(results.columns(Meaning.DRIVER));
        return rows.collect(row -> columns.collect(row::cell).collect(String::strip).makeString("|"));
    }

    private static boolean allDifferent(ImmutableList<String> values) {
        Set<String> seen = new HashSet<>();
        return values.allSatisfy(seen::add);
    }

    private static int crewColumnIndex(Layout results) {
        return results.has(Meaning.CREW) ? results.column(Meaning.CREW) : results.column(Meaning.DRIVER);
    }

    /** {@code time column (time, stage time, …)}. */
    private static String column(Meaning meaning) {
        return meaning.label() + " column (" + meaning.aliases().makeString(", ") + ")";
    }

    private static String crewColumn() {
        return "crew column (" + Meaning.CREW.aliases().makeString(", ") + ") or driver column ("
                + Meaning.DRIVER.aliases().makeString(", ") + ")";
    }
}
