package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
