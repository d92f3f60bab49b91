package org.podium.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The sheet's cells follow Podium's one CSV rule, and its one rule for cells a spreadsheet would run. */
class SheetTest {

    @Test
    void aSpreadsheetSafeCellIsPrefixedByTheSharedRuleThenQuotedAsAnyCell() {
        assertThat(Sheet.field("=1+2", true)).isEqualTo("'=1+2");
        assertThat(Sheet.field("@Team Nippon Oil, Ralliart", true)).isEqualTo("\"'@Team Nippon Oil, Ralliart\"");
        assertThat(Sheet.field("=HYPERLINK(\"https:evil\",\"Masuoka\")", true))
                .isEqualTo("\"'=HYPERLINK(\"\"https:evil\"\",\"\"Masuoka\"\")\"");
        assertThat(Sheet.field("-5", true)).as("a plain number runs nothing").isEqualTo("-5");
        assertThat(Sheet.field("Pål Bråten", true)).isEqualTo("Pål Bråten");
        assertThat(Sheet.field(null, true)).isEmpty();
    }

    @Test
    void anExactCellIsLeftAsItIs() {
        assertThat(Sheet.field("=1+2", false)).isEqualTo("=1+2");
        assertThat(Sheet.field("=1+2", false)).isEqualTo(Sheet.field("=1+2"));
    }

    @Test
    void aTimeOfDayHasTwoDigitHoursAndAFinishAfterMidnightReadsAsTheMorningsClock() throws IOException {
        assertThat(timeOfDay(8 * 3600)).isEqualTo("08:00:00");
        assertThat(timeOfDay(22 * 3600 + 61)).isEqualTo("22:01:01");
        assertThat(timeOfDay(22 * 3600 + 2 * 3600 + 32 * 60 + 30)).isEqualTo("00:32:30");
        assertThat(timeOfDay(Sheet.SECONDS_PER_DAY - 1)).isEqualTo("23:59:59");
        StringBuilder time = new StringBuilder();
        Sheet.appendTime(time, 27 * 3600 + 5);
        assertThat(time).hasToString("27:00:05");
    }

    private static String timeOfDay(long seconds) throws IOException {
        StringBuilder text = new StringBuilder();
        Sheet.appendTimeOfDay(text, seconds);
        return text.toString();
    }
}
