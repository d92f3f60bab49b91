package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

    @ParameterizedTest
    @CsvSource({
        "6:12, PT6M12S",
        "3:40:58, PT3H40M58S",
        "48:00:59, PT48H59S",
        "+47:52, PT47M52S",
        "+1:20:25, PT1H20M25S",
        "44:44.982, PT44M44.982S",
        "0:00:05.7, PT5.7S",
    })
    void readsTheClockNotationsOfWikiTables(String text, Duration expected) {
        assertThat(Times.parseClock(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"6:1x", "6:72", "1:75:00", "abc", "''", "3:59;36.4", "0:020:02", "1:5:03"})
    void rejectsWhatIsNotATime(String text) {
        assertThat(Times.parseClock(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "PT6M12S, 0:06:12",
        "PT48H59S, 48:00:59",
        "PT46H11M30S, 46:11:30",
        "PT44M44.982S, 0:44:44.982",
        "PT5.7S, 0:00:05.7",
        "PT5.05S, 0:00:05.05",
        "PT100H, 100:00:00",
    })
    void writesHoursMinutesSecondsAndMillisecondsOnlyWhenThereAreAny(Duration time, String expected) {
        assertThat(Times.format(time)).isEqualTo(expected);
        assertThat(Times.parseClock(expected)).contains(time);
    }

    @ParameterizedTest
    @CsvSource({"PT-1S"})
    void aTimeIsNeverNegative(Duration negative) {
        assertThatThrownBy(() -> Times.format(negative)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void aTimeBeyondTenThousandHoursIsNotReadSoNothingOverflowsLater() {
        assertThat(Times.parseClock("9999:59:59.999")).hasValue(Times.LONGEST);
        assertThat(Times.parseClock("10000:00:00")).isEmpty();
        assertThat(Times.parseClock("9999999999999:04:19")).as("overflowed the Markdown's milliseconds").isEmpty();
        assertThat(Times.parseClock("99999999999999999999:04:19")).as("was a NumberFormatException").isEmpty();
        assertThat(Times.parseClock("999999999:00")).isEmpty();
        assertThat(ResultTime.read("+ 99999h 00m 00s")).isEmpty();
        assertThat(ResultTime.read("46.11.30")).isPresent();
        assertThat(Times.looksTooLong("99999999999999999999:04:19")).isTrue();
        assertThat(Times.looksTooLong("6:1x")).isFalse();
    }
}
