package org.podium.launcher;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.diff.EventDiff;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
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

    /** The report is built for its event alone: no document is written, so no issue time is printed. */
    private static final DocumentOptions UNPRINTED = DocumentOptions.defaults(
            OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

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
     * and compares them. The listener hears what the importers said and each input that failed;
     * the findings of the checks are not told (a comparison is not a check).
     *
     * @throws UsageException before any input is read, when one does not exist
     */
    public DiffResult run(Input before, Input after, ConversionListener listener) throws UsageException {
        Launcher.checkInputsExist(List.of(before, after));
        MutableList<InputResult> results = Lists.mutable.empty();
        MutableList<Event> events = Lists.mutable.empty();
        for (Input input : List.of(before, after)) {
            InputReader.Outcome read = Launcher.readReporting(reader, input, listener);
            if (read.event() == null) {
                results.add(Launcher.unreadable(input, read));
                continue;
            }
            CheckOutcome checks = ConsistencyChecks.run(read.event());
            try {
                events.add(Report.builder(read.event(), UNPRINTED).scope(request.scope()).checks(checks).build()
                        .event());
                results.add(new InputResult(input, read.importerId(), InputResult.Status.READ, null,
                        read.diagnostics(), checks.findings(), Lists.immutable.empty()));
            } catch (ScopeException e) {
                String message = input.name() + ": " + e.getMessage();
                listener.failed(input, null, message, null);
                results.add(new InputResult(input, read.importerId(), InputResult.Status.OUT_OF_SCOPE, message,
                        read.diagnostics(), checks.findings(), Lists.immutable.empty()));
            }
        }
        EventDiff diff = events.size() == 2 ? EventDiff.between(events.get(0), events.get(1)) : null;
        return new DiffResult(results.toImmutable(), diff, plugins.failures());
    }
}
