package org.podium.exporters.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.api.factory.Maps;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;

/** Writes a package for a test and reads its files back as an independent reader would. */
final class PackageFiles {

    /** A plain RFC 4180 reader for {@code \n} line ends; the header names the columns. */
    private static final CSVFormat READ = CSVFormat.Builder.create()
            .setDelimiter(',')
            .setQuote('"')
            .setRecordSeparator("\n")
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private PackageFiles() {
    }

    static Path write(Event event, Path target) throws Exception {
        ExportOptions options = ExportOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));
        new CsvPackageExporter().write(event, new ExportRequest(target, options, Maps.immutable.empty(),
                Diagnostics.collector()));
        return target;
    }

    static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
            return parser.getRecords();
        }
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static String headerLine(Path file) throws IOException {
        String text = text(file);
        return text.substring(0, text.indexOf('\n'));
    }
}
