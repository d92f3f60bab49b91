package org.podium.launcher;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.spi.PluginLoadFailure;
import org.podium.spi.Severity;

/** What a conversion or check run did, input by input, with the counts a summary and an exit code need. */
public final class RunResult {

    /** The run's outcome, worst first: a host maps it to its exit code. */
    public enum Outcome {
        /** An input lacked a category or stage asked for. */
        USAGE,
        /** Some input could not be read or some output not written; the rest was done. */
        PROBLEMS,
        /** Strict, and a warning or a contradiction was found. */
        STRICT,
        /** Everything asked for was done. */
        DONE
    }

    private final ImmutableList<InputResult> inputs;
    private final ImmutableList<PluginLoadFailure> pluginFailures;

    RunResult(ImmutableList<InputResult> inputs, ImmutableList<PluginLoadFailure> pluginFailures) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.pluginFailures = Objects.requireNonNull(pluginFailures, "pluginFailures");
    }

    public ImmutableList<InputResult> inputs() {
        return inputs;
    }

    /** The plugins that could not be loaded for this run: each is a warning. */
    public ImmutableList<PluginLoadFailure> pluginFailures() {
        return pluginFailures;
    }

    public int inputsRead() {
        return inputs.count(i -> i.status() == InputResult.Status.READ);
    }

    public int inputsFailed() {
        return inputs.count(i -> i.status() != InputResult.Status.READ);
    }

    public int outputsWritten() {
        return (int) inputs.sumOfInt(i -> i.outputs().count(OutputResult::written));
    }

    public int outputsFailed() {
        return (int) inputs.sumOfInt(i -> i.outputs().count(o -> !o.written()));
    }

    /** Error diagnostics, and every input or output that failed. */
    public int errors() {
        return (int) inputs.sumOfInt(i -> i.count(Severity.ERROR)) + inputsFailed() + outputsFailed();
    }

    /** Warning diagnostics, and every plugin that could not be loaded. */
    public int warnings() {
        return (int) inputs.sumOfInt(i -> i.count(Severity.WARNING)) + pluginFailures.size();
    }

    public int contradictions() {
        return (int) inputs.sumOfInt(InputResult::contradictions);
    }

    /** The outcome; with {@code strict}, a warning or contradiction is not done. */
    public Outcome outcome(boolean strict) {
        if (inputs.anySatisfy(i -> i.status() == InputResult.Status.OUT_OF_SCOPE)) {
            return Outcome.USAGE;
        }
        if (errors() > 0) {
            return Outcome.PROBLEMS;
        }
        if (strict && (warnings() > 0 || contradictions() > 0)) {
            return Outcome.STRICT;
        }
        return Outcome.DONE;
    }
}
