package org.podium.launcher;

import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.spi.Plugins;

/**
 * A prepared check: reads each input it is given and gives its findings; the listener hears each
 * input's findings as soon as they are known. Made by {@link Launcher#prepare(CheckRequest)}.
 */
public final class Check {

    private final Plugins plugins;
    private final InputReader reader;

    Check(Plugins plugins, InputReader reader) {
        this.plugins = plugins;
        this.reader = reader;
    }

    /**
     * Reads and checks every input, in order; one that cannot be read fails alone.
     *
     * @throws UsageException before any input is read, when one does not exist
     */
    public RunResult run(List<Input> inputs, ConversionListener listener) throws UsageException {
        Launcher.checkInputsExist(inputs);
        MutableList<InputResult> results = Lists.mutable.empty();
        for (Input input : inputs) {
            InputReader.Outcome read = Launcher.readReporting(reader, input, listener);
            if (read.event() == null) {
                results.add(Launcher.unreadable(input, read));
                continue;
            }
            CheckOutcome checks = ConsistencyChecks.run(read.event());
            listener.checked(input, read.event(), checks.findings());
            results.add(new InputResult(input, read.importerId(), InputResult.Status.READ, null, read.diagnostics(),
                    checks.findings(), Lists.immutable.empty()));
        }
        return new RunResult(results.toImmutable(), plugins.failures());
    }
}
