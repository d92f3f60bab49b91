package org.podium.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.engine.ClassificationEngine;
import org.podium.exporters.markdown.MarkdownExporter;
import org.podium.generator.GeneratedEvent;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;

/**
 * The Markdown document of the event behind a 100 000-row timing sheet ({@code podium generate
 * --entries 7000 --stages 15}), without checks: what the exporter itself costs, lookups included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MarkdownBenchmark {

    @Param("7000")
    public int entries;

    @Param("15")
    public int stages;

    private Event event;
    private Path folder;
    private int written;

    @Setup(Level.Trial)
    public void classify() throws Exception {
        GeneratedEvent generated = new TimingSheetGenerator(new GeneratorSettings(entries, stages, 1)).generateEvent();
        event = generated.event().withClassifications(
                ClassificationEngine.withDefaultRules().classify(generated.event(), generated.stageTimes()));
        folder = Files.createTempDirectory("podium-bench-md");
    }

    @Benchmark
    public long markdown() throws Exception {
        Path target = folder.resolve("event-" + (written++) + ".md");
        ExportOptions defaults = ExportOptions.defaults(OffsetDateTime.parse("2026-01-20T18:00:00Z"));
        ExportOptions options = new ExportOptions(defaults.categories(), null, defaults.status(), null,
                defaults.issuedAt(), defaults.zone(), defaults.language(), false);
        new MarkdownExporter().write(event, new ExportRequest(target, options, Maps.immutable.empty(),
                Diagnostics.collector()));
        long size = Files.size(target);
        Files.delete(target);
        return size;
    }
}
