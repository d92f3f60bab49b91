package org.podium.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.IntIterable;

/** What the positions of a ranked table say about the table itself. */
public final class Positions {

    private Positions() {
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
