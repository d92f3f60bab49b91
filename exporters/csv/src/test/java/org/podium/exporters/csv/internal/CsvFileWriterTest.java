package org.podium.exporters.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

class CsvFileWriterTest {

    @Test
    void quotesOnlyACommaAQuoteOrALineBreak() {
        assertThat(CsvFileWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFileWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFileWriter.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvFileWriter.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
    }

    @Test
    void leavesAloneWhatCommonsCsvMinimalWouldQuote() {
        for (String value : List.of("", " leading space", "trailing space ", "#hash", "!bang", "\ttab", "a|b",
                "=1+2", "\u00e9t\u00e9", "back\\slash", "'single'")) {
            assertThat(CsvFileWriter.field(value)).as("[%s]", value).isEqualTo(value);
        }
    }

    @Test
    void anEmptyFirstFieldStaysEmpty() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvFileWriter.writeRecord(out, Lists.immutable.of("", "x", ""));
        assertThat(out).hasToString(",x,\n");
    }

    @Test
    void aPlainRfc4180ReaderGetsEveryValueBack() throws IOException {
        ImmutableList<String> values = Lists.immutable.of("", " lead", "trail ", "#hash", "a,b", "q\"q",
                "line\nbreak", "cr\r\nlf", "\u00c5s", "");
        StringBuilder out = new StringBuilder();
        CsvFileWriter.writeRecord(out, values);
        CsvFileWriter.writeRecord(out, values.collect(v -> "x"));

        CSVFormat plain = CSVFormat.Builder.create().setDelimiter(',').setQuote('"').setRecordSeparator("\n").get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(out.toString())).setFormat(plain).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).toList()).containsExactlyElementsOf(values);
        }
    }
}
