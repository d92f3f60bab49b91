package org.podium.launcher;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.diff.EventDiff;
import org.podium.spi.PluginLoadFailure;
import org.podium.spi.Severity;

/**
 * What comparing two inputs gave: how each was read, and what changed from the first to the second.
 *
 * @param inputs         the older input's result, then the newer one's
 * @param diff           what changed; null when either input could not be read or lacks the scope asked for
 * @param pluginFailures the plugins that could not be loaded for this run: each is a warning
 */
public record DiffResult(ImmutableList<InputResult> inputs, EventDiff diff,
        ImmutableList<PluginLoadFailure> pluginFailures) {

    /** What a comparison came to, worst first: a host maps it to its exit code. */
    public enum Outcome {
        /** An input lacks a category or stage asked for. */
        USAGE,
        /**
         * An input could not be read, or reading it reported an error (a cell not read): there is
         * no comparison, or one that may miss what the error hid.
         */
        TROUBLE,
        /** Both were read, and they differ. */
        DIFFERENT,
        /** Both were read, and they hold the same results. */
        SAME
    }

    public DiffResult {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(pluginFailures, "pluginFailures");
    }

    public Outcome outcome() {
        if (inputs.anySatisfy(i -> i.status() == InputResult.Status.OUT_OF_SCOPE)) {
            return Outcome.USAGE;
        }
        if (diff == null || inputs.anySatisfy(i -> i.count(Severity.ERROR) > 0)) {
            return Outcome.TROUBLE;
        }
        return diff.isEmpty() ? Outcome.SAME : Outcome.DIFFERENT;
    }
}
