package org.podium.generator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One row of a written sheet, read back with Commons CSV rather than with the generator's own code. */
record SheetRow(long line, String category, String stage, int number, List<String> crew, List<String> nationalities,
        String make, String entrant, String time, String penalty, String reason, String status) {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    static List<SheetRow> parse(String sheet) {
        try {
            return FORMAT.parse(new StringReader(sheet)).stream().map(SheetRow::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SheetRow of(CSVRecord record) {
        if (record.size() != 11) {
            throw new AssertionError("record " + record.getRecordNumber() + " has " + record.size() + " fields: " + record);
        }
        return new SheetRow(record.getRecordNumber(), record.get(0), record.get(1), Integer.parseInt(record.get(2)),
                List.of(record.get(3).split(" / ", -1)), List.of(record.get(4).split(" / ", -1)), record.get(5),
                record.get(6), record.get(7), record.get(8), record.get(9), record.get(10));
    }

    String entryId() {
        return category + "-" + number;
    }

    boolean leaves() {
        return status.equals("DNF") || status.equals("DSQ") || status.equals("DNS");
    }
}
