package org.podium.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.eclipse.collections.api.factory.Maps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.engine.ClassificationEngine;
import org.podium.exporters.excel.ExcelExporter;
import org.podium.exporters.pdf.PdfExporter;
import org.podium.generator.GeneratedEvent;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;

/**
 * The PDF bulletin and the Excel workbook of a large event with complete classifications, in a
 * 512 MiB heap: a run that finishes shows the exporters write in bounded memory, and the time
 * per document with the page count (printed once per trial) gives pages per second. Run with
 * {@code -prof gc} to see the allocation rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DocumentBenchmark {

    @Param({"10000"})
    public int entries;

    @Param("15")
    public int stages;

    private Event event;
    private Path folder;
    private int written;

    @Setup(Level.Trial)
    public void classify() throws IOException {
        GeneratedEvent generated = new TimingSheetGenerator(new GeneratorSettings(entries, stages, 1)).generateEvent();
        event = generated.event().withClassifications(
                ClassificationEngine.withDefaultRules().classify(generated.event(), generated.stageTimes()));
        folder = Files.createTempDirectory("podium-bench");
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public long pdf() throws Exception {
        return write(new PdfExporter(), "pdf");
    }

    @Benchmark
    public long xlsx() throws Exception {
        return write(new ExcelExporter(), "xlsx");
    }

    private long write(Exporter exporter, String extension) throws Exception {
        Path target = folder.resolve("event-" + (written++) + "." + extension);
        ExportOptions options = ExportOptions.defaults(OffsetDateTime.parse("2026-01-20T18:00:00Z"));
        ExportOptions withoutChecks = new ExportOptions(options.categories(), null, options.status(), null,
                options.issuedAt(), options.zone(), options.language(), false);
        exporter.write(event, new ExportRequest(target, withoutChecks, Maps.immutable.empty(), Diagnostics.collector()));
        long size = Files.size(target);
        Files.delete(target);
        return size;
    }
}
