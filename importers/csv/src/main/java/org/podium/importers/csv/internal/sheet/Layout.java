package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;

/**
 * A header row read under one kind's alias table: which column means what, by position.
 *
 * @param headers  the header cells as written
 * @param meanings each column's meaning, null for a column Podium does not read
 */
record Layout(ImmutableList<String> headers, ImmutableList<Meaning> meanings) {

    static Layout of(ImmutableList<String> headers, ImmutableList<Meaning> table) {
        return new Layout(headers, Headers.meanings(headers, table));
    }

    /**
     * The itinerary reading, where two headers need their cells: a {@code Start} column of times of
     * day is a start time, not a place; a {@code Time} column is the winner's time when it comes
     * after the winner, and a start time when it comes before it (or there is no winner) and holds
     * times of day ({@code Stage, Time, Name, Length, Winner, Time}). A {@code Time} column that is
     * neither is not read, and said so like any other.
     */
    static Layout itinerary(ImmutableList<String> headers, ImmutableList<SheetRow> rows) {
        MutableList<Meaning> meanings = Lists.mutable.withAll(Headers.meanings(headers, Meaning.ITINERARY_TABLE));
        int winner = meanings.indexOf(Meaning.WINNER);
        for (int column = 0; column < meanings.size(); column++) {
            Meaning meaning = meanings.get(column);
            boolean timesOfDay = TimeOfDay.column(rows, column);
            if (meaning == Meaning.FROM && timesOfDay) {
                meanings.set(column, Meaning.START_TIME);
            } else if (meaning == Meaning.WINNER_TIME && Headers.normalise(headers.get(column)).equals("time")) {
                boolean afterWinner = winner >= 0 && column > winner;
                meanings.set(column, afterWinner ? Meaning.WINNER_TIME
                        : timesOfDay ? Meaning.START_TIME : winner >= 0 ? Meaning.WINNER_TIME : null);
            }
        }
        // Only the first column of a meaning is read: a second one would be silently ignored.
        for (int column = 0; column < meanings.size(); column++) {
            Meaning meaning = meanings.get(column);
            if (meaning != null && meanings.indexOf(meaning) < column) {
                meanings.set(column, null);
            }
        }
        return new Layout(headers, meanings.toImmutable());
    }

    boolean has(Meaning meaning) {
        return meanings.contains(meaning);
    }

    /** The first column with this meaning, or -1. */
    int column(Meaning meaning) {
        return meanings.indexOf(meaning);
    }

    /** Every column with this meaning, in order. */
    ImmutableList<Integer> columns(Meaning meaning) {
        MutableList<Integer> found = Lists.mutable.empty();
        for (int i = 0; i < meanings.size(); i++) {
            if (meanings.get(i) == meaning) {
                found.add(i);
            }
        }
        return found.toImmutable();
    }

    boolean hasCrew() {
        return has(Meaning.CREW) || has(Meaning.DRIVER);
    }

    /** Which of date, route (or from/to), distance, type, winner, start time and stage name the itinerary reading finds. */
    ImmutableList<Meaning> itineraryFacts() {
        return Meaning.ITINERARY_FACTS.select(fact -> fact == Meaning.ROUTE
                ? has(Meaning.ROUTE) || has(Meaning.FROM) || has(Meaning.TO) : has(fact));
    }

    /** The header cell of a column, for messages. */
    String header(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column).strip() : "column " + (column + 1);
    }
}
