package org.podium.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.diff.EventDiff;
import org.podium.model.Event;
import org.podium.report.Report;
import org.podium.report.ScopeException;
import org.podium.spi.Plugins;

/**
 * A prepared comparison: reads two inputs and gives what changed from the first to the second
 * ({@link EventDiff}). Each is read as a conversion reads it, and compared as its report holds
 * it — checked, so a penalty whose stage the source leaves out is compared where the checks place
 * it, and cut to the request's scope. Made by {@link Launcher#prepare(DiffRequest)}.
 */
public final class Comparison {

    private final Plugins plugins;
    private final InputReader reader;
    private final DiffRequest request;

    Comparison(Plugins plugins, InputReader reader, DiffRequest request) {
        this.plugins = plugins;
        this.reader = reader;
        this.request = request;
    }

    /**
     * Reads both inputs (the second even when the first fails, so every problem is said at once)
     * and compares them; one file given twice is read once, and what it said is said once. The
     * listener hears what the importers said and each input that failed; the findings of the
     * checks are not told (a comparison is not a check).
     *
     * @throws UsageException before any input is read, when one does not exist
     */
    public DiffResult run(Input before, Input after, ConversionListener listener) throws UsageException {
        Launcher.checkInputsExist(List.of(before, after));
        Version older = read(before, listener);
        Version newer = isSameFile(before, after) ? older.as(after) : read(after, listener);
        EventDiff diff = older.event() != null && newer.event() != null
                ? EventDiff.between(older.event(), newer.event()) : null;
        return new DiffResult(Lists.immutable.of(older.result(), newer.result()), diff, plugins.failures());
    }

    /** One input as compared: how it was read, and its event as its report holds it (null when it has none). */
    private record Version(InputResult result, Event event) {
        Version as(Input input) {
            return new Version(new InputResult(input, result.importerId(), result.status(), result.failure(),
                    result.diagnostics(), result.findings(), result.outputs()), event);
        }
    }

    private Version read(Input input, ConversionListener listener) {
        InputReader.Outcome read = Launcher.readReporting(reader, input, listener);
        if (read.event() == null) {
            return new Version(Launcher.unreadable(input, read), null);
        }
        CheckOutcome checks = ConsistencyChecks.run(read.event());
        try {
            Event event = Report.eventInScope(checks, request.scope());
            return new Version(new InputResult(input, read.importerId(), InputResult.Status.READ, null,
                    read.diagnostics(), checks.findings(), Lists.immutable.empty()), event);
        } catch (ScopeException e) {
            String message = input.name() + ": " + e.getMessage();
            listener.failed(input, null, message, null);
            return new Version(new InputResult(input, read.importerId(), InputResult.Status.OUT_OF_SCOPE, message,
                    read.diagnostics(), checks.findings(), Lists.immutable.empty()), null);
        }
    }

    private static boolean isSameFile(Input before, Input after) {
        try {
            return Files.isSameFile(before.path(), after.path());
        } catch (IOException e) {
            return false;
        }
    }
}
