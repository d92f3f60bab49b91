package org.podium.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.podium.exporters.markdown.MarkdownExporter;
import org.podium.report.Report;

/**
 * The Markdown document of the event behind a 100 000-row timing sheet ({@code podium generate
 * --entries 7000 --stages 15}), without checks: what the exporter itself costs, lookups included.
 * The report is built once, as the host builds it, outside the measurement.
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

    private Report report;
    private Path folder;
    private int written;

    @Setup(Level.Trial)
    public void classify() throws Exception {
        report = Report.of(LargeEvent.classified(entries, stages), LargeEvent.OPTIONS);
        folder = Files.createTempDirectory("podium-bench-md");
    }

    @TearDown(Level.Trial)
    public void clean() throws Exception {
        LargeEvent.delete(folder);
    }

    @Benchmark
    public long markdown() throws Exception {
        return LargeEvent.write(new MarkdownExporter(), report, folder.resolve("event-" + (written++) + ".md"));
    }
}
