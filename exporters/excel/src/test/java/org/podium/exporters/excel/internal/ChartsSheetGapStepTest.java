package org.podium.exporters.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The gap chart's axis counts in steps a reader counts in, about eight down to the longest gap. */
class ChartsSheetGapStepTest {

    @Test
    void stepsAreMinutesQuartersHoursOrDays() {
        assertThat(step(Duration.ZERO)).isEqualTo(Duration.ofMinutes(1));
        // The excerpt after stage 3: Tiainen 21 seconds behind.
        assertThat(step(Duration.ofSeconds(21))).isEqualTo(Duration.ofMinutes(1));
        assertThat(step(Duration.ofMinutes(8))).isEqualTo(Duration.ofMinutes(1));
        assertThat(step(Duration.ofMinutes(8).plusSeconds(1))).isEqualTo(Duration.ofMinutes(2));
        assertThat(step(Duration.ofMinutes(100))).isEqualTo(Duration.ofMinutes(15));
        // The 2002 bikes: Marques 8:15:38 behind in the final standings.
        assertThat(step(Duration.parse("PT8H15M38S"))).isEqualTo(Duration.ofHours(2));
        // The 2002 trucks: de Azevedo 23:40:34 behind.
        assertThat(step(Duration.parse("PT23H40M34S"))).isEqualTo(Duration.ofHours(3));
        assertThat(step(Duration.ofDays(8))).isEqualTo(Duration.ofDays(1));
        assertThat(step(Duration.ofDays(20))).isEqualTo(Duration.ofDays(3));
    }

    private static Duration step(Duration longest) {
        return Duration.ofMillis(ChartsSheet.gapStep(longest.toMillis()));
    }
}
