package org.podium.benchmarks;

import java.io.IOException;
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
import org.podium.exporters.csv.CsvPackageExporter;
import org.podium.exporters.excel.ExcelExporter;
import org.podium.exporters.pdf.PdfExporter;
import org.podium.report.Report;
import org.podium.spi.Exporter;

/**
 * The PDF bulletin, the Excel workbook and the CSV data package of a large event with complete classifications, in a
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

    private Report report;
    private Path folder;
    private int written;

    @Setup(Level.Trial)
    public void classify() throws IOException {
        report = Report.of(LargeEvent.classified(entries, stages), LargeEvent.OPTIONS);
        folder = Files.createTempDirectory("podium-bench");
    }

    @TearDown(Level.Trial)
    public void clean() throws Exception {
        LargeEvent.delete(folder);
    }

    @Benchmark
    public long pdf() throws Exception {
        return write(new PdfExporter(), "pdf");
    }

    @Benchmark
    public long xlsx() throws Exception {
        return write(new ExcelExporter(), "xlsx");
    }

    @Benchmark
    public long dataPackage() throws Exception {
        return write(new CsvPackageExporter(), "package");
    }

    private long write(Exporter exporter, String extension) throws Exception {
        return LargeEvent.write(exporter, report, folder.resolve("event-" + (written++) + "." + extension));
    }
}
