package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import static org.eclipse.collections.impl.tuple.primitive.PrimitiveTuples.pair;

import java.util.List;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void aCutTableSaysWhereItWasCut() {
        assertThat(Positions.missing(IntLists.immutable.of(1, 2, 3, 4, 14, 15))).hasValue("5–13");
        assertThat(Positions.missing(IntLists.immutable.of(15, 1, 2, 4, 6))).hasValue("3, 5, 7–14");
        assertThat(Positions.missing(IntLists.immutable.of(2, 3))).hasValue("1");
    }

    @Test
    void tiesAreNoHoles() {
        // The 2002 Dakar, cars after stage 3: Despres and Roma tied first, the next crew third.
        assertThat(Positions.missing(IntLists.immutable.of(1, 1, 3))).isEmpty();
        assertThat(Positions.missing(IntLists.immutable.of(1, 2, 2, 4, 5))).isEmpty();
        assertThat(Positions.missing(IntLists.immutable.of(1, 1, 2))).as("dense ranking").isEmpty();
        assertThat(Positions.missing(IntLists.immutable.empty())).isEmpty();
    }

    @Test
    void aTableWhoseBracketsAreNeverLargerWritesTheOverallPositionFirst() {
        // 3. (1.): third overall, first in class; 1. (1.) reads the same both ways.
        assertThat(Positions.bracketed(List.of(pair(1, 1), pair(2, 2), pair(3, 1), pair(4, 2))))
                .hasValue(Positions.Bracketed.OVERALL_FIRST);
    }

    @Test
    void aClassTableWritesTheClassPositionFirst() {
        assertThat(Positions.bracketed(List.of(pair(1, 10), pair(2, 14), pair(3, 15))))
                .hasValue(Positions.Bracketed.CLASS_FIRST);
        assertThat(Positions.bracketed(List.of(pair(1, 1), pair(2, 2)))).as("no row tells: a class table")
                .hasValue(Positions.Bracketed.CLASS_FIRST);
    }

    @Test
    void aMixedTableIsReadAsAClassTableAndTheRowsAgainstItAreKnown() {
        var cells = List.of(pair(1, 10), pair(14, 3), pair(3, 15));
        assertThat(Positions.bracketed(cells)).hasValue(Positions.Bracketed.CLASS_FIRST);
        assertThat(cells).filteredOn(c -> Positions.contradicts(Positions.Bracketed.CLASS_FIRST, c))
                .containsExactly(pair(14, 3));
        assertThat(Positions.bracketed(List.of())).isEmpty();
    }
}
