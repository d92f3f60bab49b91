package org.podium.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.generator.GeneratedEvent;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;

/**
 * The generator on the same 10 000-crew, 15-stage event: writing the sheet (into a sink that only
 * counts, so the measurement is the generator's and not a disk's or a growing buffer's), and
 * building it as core types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class GeneratorBenchmark {

    @Param("10000")
    public int entries;

    @Param("15")
    public int stages;

    @Param("1")
    public long seed;

    /** The characters written, returned so the writing cannot be optimised away. */
    @Benchmark
    public long writeSheet() throws IOException {
        CountingAppendable out = new CountingAppendable();
        new TimingSheetGenerator(new GeneratorSettings(entries, stages, seed)).write(out);
        return out.count();
    }

    @Benchmark
    public GeneratedEvent generateEvent() {
        return new TimingSheetGenerator(new GeneratorSettings(entries, stages, seed)).generateEvent();
    }
}
