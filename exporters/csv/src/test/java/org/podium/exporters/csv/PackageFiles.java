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
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.PluginOptions;

/**
 * Writes a package for a test as the host writes it ({@link SafeExport}: a temporary folder moved
 * into place), and reads its files back as an independent reader would.
 */
final class PackageFiles {

    static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

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

    /** The report of the whole event, with default options. */
    static Report report(Event event) {
        return Report.of(event, DocumentOptions.defaults(ISSUED_AT));
    }

    /** The report of the event as known after a stage, for the given categories (none: all). */
    static Report report(Event event, String stage, String... categories) throws Exception {
        return Report.builder(event, DocumentOptions.defaults(ISSUED_AT))
                .scope(Scope.of(List.of(categories), stage)).build();
    }

    static Path write(Event event, Path target) throws Exception {
        return write(report(event), target);
    }

    static Path write(Report report, Path target) throws Exception {
        return write(report, target, Diagnostics.collector());
    }

    static Path write(Report report, Path target, Diagnostics diagnostics) throws Exception {
        Exporter exporter = new CsvPackageExporter();
        SafeExport.write(exporter, "test", report, PluginOptions.defaults(exporter.descriptor().options()),
                diagnostics, target);
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
