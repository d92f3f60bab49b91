package org.podium.exporters.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.podium.csv.CsvRecords;

/**
 * Core's one CSV rule, as the package relies on it ({@code data-package.md}: quotes only where a
 * value holds a comma, a quote or a line break), read back with Commons CSV.
 */
class CsvRecordsTest {

    @Test
    void quotesOnlyACommaAQuoteOrALineBreak() {
        assertThat(CsvRecords.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRecords.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRecords.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvRecords.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
    }

    @Test
    void leavesAloneWhatCommonsCsvMinimalWouldQuote() {
        for (String value : List.of("", " leading space", "trailing space ", "#hash", "!bang", "\ttab", "a|b",
                "=1+2", "\u00e9t\u00e9", "back\\slash", "'single'")) {
            assertThat(CsvRecords.field(value)).as("[%s]", value).isEqualTo(value);
        }
    }

    @Test
    void spreadsheetSafePrefixesWhatASpreadsheetWouldRunAndNothingElse() throws IOException {
        for (String risky : List.of("=HYPERLINK(\"http://x\",\"Hiroshi Masuoka\")", "+Mitsubishi", "-Jutta Kleinschmidt",
                "@Team Nippon Oil", "\tPascal Maimon", "\rAndreas Schulz", "\nTomáš Tomeček", "=1+2", "-1+2", "+",
                "-")) {
            assertThat(CsvRecords.spreadsheetSafe(risky)).as("[%s]", risky).isEqualTo("'" + risky);
        }
        for (String plain : List.of("Hiroshi Masuoka", "", "0:04:12", "840000", "-5", "+1.5", "1.5", "'quoted",
                " =leading space", "Jean-Pierre Fontenay", "a=b")) {
            assertThat(CsvRecords.spreadsheetSafe(plain)).as("[%s]", plain).isEqualTo(plain);
        }
        assertThat(CsvRecords.spreadsheetSafe(null)).isNull();

        StringBuilder out = new StringBuilder();
        CsvRecords.write(out, Lists.immutable.of("cars-201", "=SUM(A1,A9)", "@Team", "3:53:39"), true);
        CsvRecords.write(out, Lists.immutable.of("cars-201", "=SUM(A1,A9)", "@Team", "3:53:39"));
        assertThat(out).as("quoted after the prefix, and exact unless asked")
                .hasToString("cars-201,\"'=SUM(A1,A9)\",'@Team,3:53:39\ncars-201,\"=SUM(A1,A9)\",@Team,3:53:39\n");
    }

    @Test
    void anEmptyFirstFieldStaysEmptyAndNullIsEmpty() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvRecords.write(out, Lists.immutable.of("", "x", ""));
        CsvRecords.write(out, Arrays.asList(null, "y", null));
        assertThat(out).hasToString(",x,\n,y,\n");
    }

    @Test
    void aPlainRfc4180ReaderGetsEveryValueBack() throws IOException {
        ImmutableList<String> values = Lists.immutable.of("", " lead", "trail ", "#hash", "a,b", "q\"q",
                "line\nbreak", "cr\r\nlf", "\u00c5s", "");
        StringBuilder out = new StringBuilder();
        CsvRecords.write(out, values);
        CsvRecords.write(out, values.collect(v -> "x"));

        CSVFormat plain = CSVFormat.Builder.create().setDelimiter(',').setQuote('"').setRecordSeparator("\n").get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(out.toString())).setFormat(plain).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).toList()).containsExactlyElementsOf(values);
        }
    }
}
