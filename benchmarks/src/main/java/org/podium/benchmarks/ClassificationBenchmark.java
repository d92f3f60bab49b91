package org.podium.benchmarks;

import java.util.concurrent.TimeUnit;
import org.eclipse.collections.api.list.ImmutableList;
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
import org.podium.engine.StageTime;
import org.podium.generator.GeneratedEvent;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.model.Classification;
import org.podium.model.Event;

/**
 * The classification engine on a generated event, by default the yardstick: 10 000
 * crews over 15 stages, every classification of every category, on one thread. The event is
 * built once per trial, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ClassificationBenchmark {

    @Param("10000")
    public int entries;

    @Param("15")
    public int stages;

    @Param("1")
    public long seed;

    private final ClassificationEngine engine = ClassificationEngine.withDefaultRules();
    private Event event;
    private ImmutableList<StageTime> times;

    @Setup(Level.Trial)
    public void generate() {
        GeneratedEvent generated = new TimingSheetGenerator(new GeneratorSettings(entries, stages, seed)).generateEvent();
        event = generated.event();
        times = generated.stageTimes();
    }

    /** Returned, so JMH keeps the work from being optimised away. */
    @Benchmark
    public ImmutableList<Classification> classify() {
        return engine.classify(event, times);
    }
}
