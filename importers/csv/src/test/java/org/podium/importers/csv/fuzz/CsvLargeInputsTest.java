package org.podium.importers.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.exporters.csv.CsvPackageExporter;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.importers.csv.CsvImporter;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.ImportRequest;
import org.podium.spi.PluginOptions;
import org.podium.testkit.fuzz.ImportFuzzing;

/**
 * Inputs of about 10 MB, real and hostile, each read within {@link ImportFuzzing#bound} (102 s for
 * 10 MB: linear reading takes a few seconds, a quadratic one hours) and without an
 * {@code OutOfMemoryError} in the 512 MB heap the module's {@code fuzz} execution gives the JVM.
 */
class CsvLargeInputsTest {

    /** The seeds read once, so that loading the importer's classes does not count against the first input's time. */
    @BeforeAll
    static void warmUp() {
        CsvFuzzing.instance();
    }

    private static final long TEN_MB = 10_000_000;

    @Test
    void aGeneratedTimingSheetOfTenMegabytes(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("generated.csv");
        try (Writer out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            new TimingSheetGenerator(new GeneratorSettings(9_000, 15, 3)).write(out);
        }
        assertThat(Files.size(sheet)).isGreaterThan(9 * TEN_MB / 10);
        check(sheet);
    }

    @Test
    void standingsOfAHundredThousandRows(@TempDir Path dir) throws Exception {
        check(write(dir.resolve("standings.csv"), "Pos,No,Driver,Team,Time,Gap\n", out -> {
            for (int i = 1; out.written() < TEN_MB; i++) {
                out.line(i + "," + i + ",Rider Number " + i + ",Équipe " + (i % 97) + ",4:" + two(i / 60 % 60) + ":"
                        + two(i % 60) + "," + (i == 1 ? "" : "+" + (i / 60) + ":" + two(i % 60)));
            }
        }));
    }

    @Test
    void anItineraryOfAHundredThousandStages(@TempDir Path dir) throws Exception {
        check(write(dir.resolve("itinerary.csv"), "Stage,Date,Start,Finish,Distance\n", out -> {
            for (int i = 1; out.written() < TEN_MB; i++) {
                out.line(i + ",2026-01-" + two(1 + i % 28) + ",Ville " + i + ",Ville " + (i + 1) + "," + (100 + i % 700) + " km");
            }
        }));
    }

    @Test
    void aTimingSheetWithOneCellOfTenMegabytes(@TempDir Path dir) throws Exception {
        check(write(dir.resolve("huge-cell.csv"), TimingSheetGenerator.HEADER + "\n", out -> {
            out.line("bikes,1,4,Pål Bråten,NOR,Yamaha,Team,3:29:14,,,");
            out.text("bikes,1,5,\"");
            String unit = "Bråten / ";
            while (out.written() < TEN_MB) {
                out.text(unit.repeat(1000));
            }
            out.line("\",NOR,Yamaha,Team,3:30:00,,,");
        }));
    }

    /** Two megabytes only: each header is looked up among every column name Podium knows, 20 s for 10 MB. */
    @Test
    void aHeaderOfHalfAMillionColumns(@TempDir Path dir) throws Exception {
        check(write(dir.resolve("wide.csv"), "Pos,No,Driver,Time", out -> {
            while (out.written() < TEN_MB / 5) {
                out.text(",Gap".repeat(1000));
            }
            out.line("");
            out.line("1,7,Ana Núñez,2:58:33");
        }));
    }

    @Test
    void aQuoteThatNeverCloses(@TempDir Path dir) throws Exception {
        check(write(dir.resolve("open-quote.csv"), "Pos,No,Driver,Time\n1,7,\"Ana", out -> {
            while (out.written() < TEN_MB) {
                out.text("a,\n".repeat(1000));
            }
        }));
    }

    @Test
    void aDataPackageOfTenMegabytes(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("generated.csv");
        try (Writer out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            new TimingSheetGenerator(new GeneratorSettings(1_500, 15, 5)).write(out);
        }
        Event event = new CsvImporter().read(ImportRequest.of(sheet, Diagnostics.collector()));
        Exporter exporter = new CsvPackageExporter();
        Path folder = dir.resolve("package");
        SafeExport.write(exporter, "test", Report.of(event, DocumentOptions.defaults(OffsetDateTime.parse("2026-01-20T18:00:00Z"))),
                PluginOptions.defaults(exporter.descriptor().options()), Diagnostics.collector(), folder);
        long size;
        try (var files = Files.list(folder)) {
            size = files.mapToLong(file -> file.toFile().length()).sum();
        }
        assertThat(size).isGreaterThan(TEN_MB / 2);
        CsvFuzzing.checkPackage(folder, false);
    }

    private static void check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CsvFuzzing.checkFile(file, bytes);
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** Writes {@code header} then what {@code body} writes, counting characters. */
    private static Path write(Path file, String header, Body body) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Out out = new Out(writer);
            out.text(header);
            body.write(out);
        }
        return file;
    }

    @FunctionalInterface
    private interface Body {
        void write(Out out) throws IOException;
    }

    private static final class Out {
        private final Writer writer;
        private long written;

        Out(Writer writer) {
            this.writer = writer;
        }

        void text(String text) throws IOException {
            writer.write(text);
            written += text.length();
        }

        void line(String text) throws IOException {
            text(text);
            text("\n");
        }

        long written() {
            return written;
        }
    }
}
