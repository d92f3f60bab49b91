package org.podium.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.importers.csv.CsvImporter;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;

/**
 * Reading alone, per format, as the importer does it for a user's file (detection is not
 * measured): a generated timing sheet of {@code entries} crews over 15 stages (7 000 crews: about
 * 86 000 rows, 7.5 MB), the bundled plain-text article and the same race as wikitext (tens of KB
 * each, where the fixed costs show).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadingBenchmark {

    @Param("7000")
    public int entries;

    private Path folder;
    private Path sheet;
    private Path article;
    private Path wikitext;

    @Setup(Level.Trial)
    public void write() throws IOException {
        folder = Files.createTempDirectory("podium-bench-read");
        sheet = Files.writeString(folder.resolve("sheet.csv"),
                new TimingSheetGenerator(new GeneratorSettings(entries, 15, 1)).writeToString(), StandardCharsets.UTF_8);
        article = copy("2002-dakar-rally.txt");
        wikitext = copy("2002-dakar-rally.wikitext");
    }

    @TearDown(Level.Trial)
    public void clean() throws Exception {
        LargeEvent.delete(folder);
    }

    @Benchmark
    public Event timingSheet() throws Exception {
        return read(new CsvImporter(), sheet);
    }

    @Benchmark
    public Event article() throws Exception {
        return read(new WikiImporter(), article);
    }

    @Benchmark
    public Event wikitext() throws Exception {
        return read(new WikiImporter(), wikitext);
    }

    private static Event read(Importer importer, Path file) throws Exception {
        return importer.read(ImportRequest.of(file, Diagnostics.collector()));
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = ReadingBenchmark.class.getResourceAsStream("/bench-inputs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bench-inputs/" + name + " is not on the class path");
            }
            return Files.write(folder.resolve(name), in.readAllBytes());
        }
    }
}
