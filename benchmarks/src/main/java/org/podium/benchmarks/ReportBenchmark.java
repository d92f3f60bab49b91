package org.podium.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.model.Event;
import org.podium.report.Report;
import org.podium.report.ScopeException;

/**
 * What the host does once per input before any exporter runs, apart: the consistency checks, and
 * the report (the scope applied, the event sorted and indexed) from their outcome.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ReportBenchmark {

    @Param("7000")
    public int entries;

    @Param("15")
    public int stages;

    private Event event;
    private CheckOutcome checks;

    @Setup(Level.Trial)
    public void classify() {
        event = LargeEvent.classified(entries, stages);
        checks = ConsistencyChecks.run(event);
    }

    @Benchmark
    public int checks() {
        return ConsistencyChecks.run(event).findings().size();
    }

    @Benchmark
    public int report() throws ScopeException {
        return Report.builder(event, LargeEvent.OPTIONS).checks(checks).build().event().entries().size();
    }
}
