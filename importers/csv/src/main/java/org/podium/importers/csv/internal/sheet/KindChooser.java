package org.podium.importers.csv.internal.sheet;

import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Tells the kinds apart by their headers. A table with a stage column, a crew and a time is a
 * timing sheet, unless all its rows are of one stage and it has positions: then it is that
 * stage's standings.
 */
final class KindChooser {

    private KindChooser() {
    }

    /** The kind the headers alone point to, whatever the rows hold; empty when none fits. */
    static Optional<SheetKind> byHeaders(ImmutableList<String> headers) {
        Layout results = Layout.of(headers, Meaning.RESULT_TABLE);
        Layout itinerary = Layout.of(headers, Meaning.ITINERARY_TABLE);
        if (results.has(Meaning.STAGE) && results.hasCrew() && results.has(Meaning.TIME)) {
            return Optional.of(SheetKind.TIMING_SHEET);
        }
        if (results.hasCrew() && (results.has(Meaning.TIME) || results.has(Meaning.GAP))) {
            return Optional.of(SheetKind.STANDINGS);
        }
        if (itinerary.has(Meaning.STAGE) && itinerary.itineraryFacts() >= 2) {
            return Optional.of(SheetKind.ITINERARY);
        }
        return Optional.empty();
    }

    /** The kind, now that the number of distinct stages in the rows is known. */
    static Optional<SheetKind> choose(ImmutableList<String> headers, int distinctStages) {
        Optional<SheetKind> byHeaders = byHeaders(headers);
        Layout results = Layout.of(headers, Meaning.RESULT_TABLE);
        if (byHeaders.isPresent() && byHeaders.get() == SheetKind.TIMING_SHEET && distinctStages <= 1
                && results.has(Meaning.POSITION)) {
            return Optional.of(SheetKind.STANDINGS);
        }
        return byHeaders;
    }

    /** What is missing for the kind the headers come nearest to, naming each column and its aliases. */
    static String whatIsMissing(ImmutableList<String> headers) {
        Layout results = Layout.of(headers, Meaning.RESULT_TABLE);
        Layout itinerary = Layout.of(headers, Meaning.ITINERARY_TABLE);
        MutableList<String> missing = Lists.mutable.empty();
        String kind;
        if (results.hasCrew() || results.has(Meaning.TIME) || results.has(Meaning.POSITION)) {
            kind = results.has(Meaning.STAGE) || !results.has(Meaning.POSITION)
                    ? "a timing sheet needs a stage, a crew (or driver) and a time column"
                    : "standings need a crew (or driver) column and a time or a gap column";
            if (!results.has(Meaning.STAGE) && !results.has(Meaning.POSITION)) {
                missing.add(Meaning.STAGE.withAliases());
            }
            if (!results.hasCrew()) {
                missing.add(Meaning.CREW.withAliases() + " or " + Meaning.DRIVER.withAliases());
            }
            if (!results.has(Meaning.TIME)) {
                missing.add(Meaning.TIME.withAliases()
                        + (results.has(Meaning.STAGE) ? "" : " or " + Meaning.GAP.withAliases()));
            }
        } else {
            kind = "an itinerary needs a stage column and at least two of date, route (or from and to), distance,"
                    + " type and winner";
            if (!itinerary.has(Meaning.STAGE)) {
                missing.add(Meaning.STAGE.withAliases());
            }
            for (Meaning fact : Lists.immutable.of(Meaning.DATE, Meaning.ROUTE, Meaning.DISTANCE, Meaning.TYPE,
                    Meaning.WINNER)) {
                if (!itinerary.has(fact)) {
                    missing.add(fact.withAliases());
                }
            }
        }
        return kind + "; missing: " + missing.makeString("; ") + ". Headers found: " + headers.makeString(", ");
    }
}
