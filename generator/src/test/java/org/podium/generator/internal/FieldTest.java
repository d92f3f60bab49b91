package org.podium.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The field streams: planning draws every crew as numbers only, and each crew is made when the
 * race first reaches it, so the first row needs the first crew alone and a sink that stops the
 * race (a closed pipe) stops the making too. Measured in crews made, never in time.
 */
class FieldTest {

    @Test
    void planningMakesNoCrew() {
        Field field = Field.plan(100_000, 12, 1);

        assertThat(field.size()).isEqualTo(100_000);
        assertThat(field.made()).isZero();
    }

    @Test
    void theFirstRowNeedsOnlyTheFirstCrewAndAStoppedRaceMakesNoMore() {
        Field field = Field.plan(100_000, 12, 1);
        int[] rows = {0};

        assertThatThrownBy(() -> Race.run(field, (crew, stage, time, penalty, reason, status) -> {
            rows[0]++;
            if (rows[0] == 1) {
                assertThat(crew.entry().id()).isEqualTo("bikes-1");
            }
            if (rows[0] == 1_000) {
                throw new IOException("Broken pipe");
            }
        })).isInstanceOf(IOException.class).hasMessage("Broken pipe");

        assertThat(field.made()).as("one crew made per row of the first stage").isEqualTo(1_000);
    }

    @Test
    void theCrewsMadeLaterAreTheCrewsThePlanDrew() {
        // Two fields on one seed: one made crew by crew as a race asks, the other all at once.
        Field streamed = Field.plan(5_000, 3, 42);
        Field whole = Field.plan(5_000, 3, 42);

        assertThat(whole.crews()).hasSize(5_000);
        for (int c = 0; c < 5_000; c++) {
            assertThat(streamed.crew(c)).isEqualTo(whole.crews().get(c));
        }
        assertThat(streamed.raceSeed()).isEqualTo(whole.raceSeed());
    }
}
