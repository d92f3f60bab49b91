package org.podium.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.IntIterable;
import org.eclipse.collections.api.tuple.primitive.IntIntPair;

/** What the positions of a ranked table say about the table itself. */
public final class Positions {

    /** How a table writes two positions in one cell, such as {@code 1. (10.)}. */
    public enum Bracketed {
        /** {@code 10. (1.)}: tenth overall, first in class; the gaps are overall gaps. */
        OVERALL_FIRST,
        /** {@code 1. (10.)}: first in class, tenth overall, as class tables write it; the gaps are class gaps. */
        CLASS_FIRST
    }

    private Positions() {
    }

    /**
     * Which number of {@code a (b)} is the overall position, for a whole table. A class position is
     * never larger than the overall one, so a table where every {@code a >= b} and some {@code a > b}
     * writes the overall position first; any other writes the class position first, as class tables
     * do. A table decides once, so one row cannot change its neighbours' meaning.
     *
     * @param cells each bracketed cell of the table as (number before, number in brackets)
     * @return empty when no cell has brackets
     */
    public static Optional<Bracketed> bracketed(Iterable<IntIntPair> cells) {
        boolean any = false;
        boolean someOverallFirst = false;
        boolean allOverallFirst = true;
        for (IntIntPair cell : cells) {
            any = true;
            someOverallFirst |= cell.getOne() > cell.getTwo();
            allOverallFirst &= cell.getOne() >= cell.getTwo();
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(someOverallFirst && allOverallFirst ? Bracketed.OVERALL_FIRST : Bracketed.CLASS_FIRST);
    }

    /**
     * Whether a cell reads against its table's writing: in a class-first table, {@code 14. (3.)}
     * would be a class position larger than the overall one.
     */
    public static boolean contradicts(Bracketed writing, IntIntPair cell) {
        return writing == Bracketed.CLASS_FIRST && cell.getOne() > cell.getTwo();
    }

    /**
     * The positions a table skips, as "5–13" or "4, 7": a table that jumps from 4 to 14 was cut,
     * and calling it complete would make the crews after the hole look slower than they were.
     * Tied crews share a position and the next ones are skipped: 1, 2, 2, 4 has no hole, nor has a
     * dense 1, 1, 2.
     *
     * @return the holes, or empty when the positions run from 1 without one
     */
    public static Optional<String> missing(IntIterable positions) {
        int[] sorted = positions.toSortedArray();
        List<String> holes = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] > expected) {
                holes.add(sorted[i] - 1 == expected ? Integer.toString(expected) : expected + "–" + (sorted[i] - 1));
            }
            expected = Math.max(Math.max(expected, i + 2), sorted[i] + 1);
        }
        return holes.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", holes));
    }
}
