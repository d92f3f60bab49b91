package org.podium.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
