package org.podium.launcher;

import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.model.Event;
import org.podium.report.RaceProgress;
import org.podium.spi.Diagnostic;

/**
 * Hears a run as it goes, so a host can print each output as it is written; every method does
 * nothing unless overridden. The same facts are in the run's result at the end.
 */
public interface ConversionListener {

    /** An input is about to be read with this importer. */
    default void reading(Input input, String importerId) {
    }

    /** A plugin, or the report's scope, said something about an input or one of its outputs. */
    default void diagnostic(Input input, Diagnostic diagnostic) {
    }

    /** An input was read and checked; {@code findings} are all of its findings. */
    default void checked(Input input, Event event, ImmutableList<Finding> findings) {
    }

    /**
     * Before writing, the run removed what an interrupted run had left in the output folder (a work
     * folder of {@link Leftovers}), put back a previous output it had moved aside, or could not.
     */
    default void cleaned(Leftovers.Cleaned leftover) {
    }

    /**
     * The input is a race still being run and no stage was asked for: its documents are the
     * bulletin after {@link RaceProgress#lastStage()}.
     */
    default void inProgress(Input input, RaceProgress progress) {
    }

    /**
     * An output is about to be written. The outputs of a small event are written side by side
     * ({@link ParallelExports}): this may then come from another thread, for several outputs at once.
     */
    default void writing(Input input, String exporterId, Path target) {
    }

    /** An output was written and moved into place. */
    default void written(Input input, String exporterId, Path target) {
    }

    /**
     * An input or an output failed; the others go on.
     *
     * @param exporterId the output's exporter, or null when the input failed
     * @param message    one line naming the input, the plugin and what went wrong
     * @param cause      the plugin's exception when a plugin failed (for a stack trace), else null
     */
    default void failed(Input input, String exporterId, String message, Throwable cause) {
    }
}
