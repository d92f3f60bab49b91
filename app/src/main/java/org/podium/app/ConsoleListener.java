package org.podium.app;

import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.launcher.ConversionListener;
import org.podium.launcher.FindingsFormat;
import org.podium.launcher.Input;
import org.podium.launcher.Leftovers;
import org.podium.launcher.OutOfResources;
import org.podium.launcher.RunResult;
import org.podium.model.Event;
import org.podium.report.RaceProgress;
import org.podium.spi.Diagnostic;
import org.podium.spi.Plugins;

/** Prints a run as it goes: paths written on stdout, everything said about them on stderr. */
class ConsoleListener implements ConversionListener {

    /** How many contradictions are named on stderr; {@code podium check} lists every finding. */
    private static final int CONTRADICTIONS_SHOWN = 10;

    protected final Console console;

    ConsoleListener(Console console) {
        this.console = console;
    }

    @Override
    public void reading(Input input, String importerId) {
        console.detail("Reading " + input.name() + " with " + importerId);
        console.status("reading and checking " + input.name());
    }

    @Override
    public void inProgress(Input input, RaceProgress progress) {
        ImmutableList<String> pending = progress.pending();
        String stages = pending.size() == 1 ? "stage " + pending.getFirst()
                : pending.size() <= 4 ? "stages " + pending.makeString(", ")
                : "stages " + pending.getFirst() + " to " + pending.getLast() + " (" + pending.size() + ")";
        console.note(input.name() + ": " + stages + (pending.size() == 1 ? " has" : " have") + " no results yet:"
                + " the documents are the bulletin after stage " + progress.lastStage()
                + " (--stage to choose another)");
    }

    @Override
    public void writing(Input input, String exporterId, Path target) {
        console.status("writing " + target);
    }

    @Override
    public void diagnostic(Input input, Diagnostic diagnostic) {
        console.diagnostic(diagnostic);
    }

    @Override
    public void checked(Input input, Event event, ImmutableList<Finding> findings) {
        // Read and checked: what follows (writing, the next input) says what it is, or nothing runs.
        console.status(null);
        console.note(input.name() + ": " + FindingsFormat.summary(findings));
        // A contradiction may change a winner (a crew's missing row): each is named here, not only counted.
        ImmutableList<Finding> contradictions = findings.select(f -> f.severity() == FindingSeverity.CONTRADICTION);
        contradictions.take(CONTRADICTIONS_SHOWN).forEach(finding -> console.note(input.name() + ": contradiction: "
                + finding.message()));
        if (contradictions.size() > CONTRADICTIONS_SHOWN) {
            console.note(input.name() + ": … and " + (contradictions.size() - CONTRADICTIONS_SHOWN)
                    + " more contradictions; podium check lists them all");
        }
    }

    @Override
    public void cleaned(Leftovers.Cleaned leftover) {
        if (leftover.failure() == null) {
            console.note("podium: " + leftover.describe());
        } else {
            console.warning(leftover.describe());
        }
    }

    @Override
    public void written(Input input, String exporterId, Path target) {
        // Told once every output of the input is done: nothing is running.
        console.status(null);
        console.result(target.toString());
    }

    @Override
    public void failed(Input input, String exporterId, String message, Throwable cause) {
        console.status(null);
        // Memory or stack running out is not the plugin's fault: the line says how to give more.
        console.error(OutOfResources.is(cause) ? message + "; " + Guard.howToGiveMore(cause) : message);
        console.trace(cause);
    }

    /**
     * Says, as warnings, which plugins could not be loaded: before the run, so a format that is
     * missing because of it is explained; the run counts them among its warnings. With
     * {@code --verbose}, what each threw follows its line.
     */
    static void pluginFailures(Console console, Plugins plugins) {
        plugins.failures().forEach(f -> {
            console.warning("a plugin could not be loaded (" + f.service() + "): " + f.message());
            console.trace(f.cause());
        });
    }

    /** The exit code of a finished run. */
    static ExitCode exitCode(RunResult result, boolean strict) {
        return switch (result.outcome(strict)) {
            case USAGE -> ExitCode.USAGE;
            case PROBLEMS -> ExitCode.INPUT_ERROR;
            case STRICT -> ExitCode.STRICT;
            case DONE -> ExitCode.OK;
        };
    }
}
