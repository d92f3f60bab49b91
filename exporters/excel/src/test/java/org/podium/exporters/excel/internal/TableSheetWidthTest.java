package org.podium.exporters.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.model.Times;

/** The width of a time cell is counted, not formatted: it must be what formatting gives. */
class TableSheetWidthTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 999, 1_000, 59_999, 3_599_999, 3_600_000, 35_999_999, 36_000_000, 86_400_001,
            359_999_999, 360_000_000, 3_600_000_000L, 123_456_789_012L})
    void aTimeCellIsAsWideAsItsFormatWithoutTheFraction(long millis) {
        Duration time = Duration.ofMillis(millis).plusNanos(123);
        assertThat(TableSheet.hoursAndClockWidth(time)).isEqualTo(Times.format(time.withNanos(0)).length());
    }
}
