package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

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

    /** How many of date, route (or from/to), distance, type and winner the itinerary reading finds. */
    int itineraryFacts() {
        int facts = 0;
        facts += has(Meaning.DATE) ? 1 : 0;
        facts += has(Meaning.ROUTE) || has(Meaning.FROM) || has(Meaning.TO) ? 1 : 0;
        facts += has(Meaning.DISTANCE) ? 1 : 0;
        facts += has(Meaning.TYPE) ? 1 : 0;
        facts += has(Meaning.WINNER) ? 1 : 0;
        return facts;
    }

    /** The header cell of a column, for messages. */
    String header(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column).strip() : "column " + (column + 1);
    }
}
