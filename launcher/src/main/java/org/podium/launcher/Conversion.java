package org.podium.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.report.RaceProgress;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.report.ScopeException;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.Exporter;
import org.podium.spi.PluginFault;
import org.podium.spi.Plugins;

/**
 * A prepared conversion. For each input it is given it reads the event, runs the consistency
 * checks once, builds the report once (the scope applied once), and writes every output through
 * {@link SafeExport}; every exporter gets the same report. A plugin that fails fails only its own
 * input or output; the rest goes on. Made by {@link Launcher#prepare(ConversionRequest)}.
 */
public final class Conversion {

    private final Plugins plugins;
    private final ConversionRequest request;
    private final InputReader reader;
    private final ImmutableList<Exporter> exporters;
    private final PluginArguments arguments;

    Conversion(Plugins plugins, ConversionRequest request, InputReader reader, ImmutableList<Exporter> exporters,
            PluginArguments arguments) {
        this.plugins = plugins;
        this.request = request;
        this.reader = reader;
        this.exporters = exporters;
        this.arguments = arguments;
    }

    /**
     * Converts every input, in order.
     *
     * @throws UsageException before any input is read, when one does not exist
     */
    public RunResult run(List<Input> inputs, ConversionListener listener) throws UsageException {
        Launcher.checkInputsExist(inputs);
        Input amended = request.amends().orElse(null);
        if (amended != null) {
            Launcher.checkInputsExist(List.of(amended));
        }
        // What killed runs left beside their outputs goes before this run writes (never a running one's).
        if (Files.isDirectory(request.outputFolder())) {
            Leftovers.sweep(request.outputFolder()).forEach(listener::cleaned);
        }
        Event previous = null;
        if (amended != null) {
            InputReader.Outcome read = reader.read(amended, listener);
            read.diagnostics().forEach(d -> listener.diagnostic(amended, d));
            if (read.event() == null) {
                // An amendment lists what changed since the version it amends: without it, no
                // document is written rather than one that claims to amend and lists nothing.
                String failure = read.failure() + "; nothing written: the documents would amend it (--amends)";
                listener.failed(amended, null, failure, read.cause());
                return new RunResult(Lists.immutable.of(new InputResult(amended, read.importerId(),
                        InputResult.Status.UNREADABLE, failure, read.diagnostics(), Lists.immutable.empty(),
                        Lists.immutable.empty())), plugins.failures());
            }
            previous = read.event();
        }
        // Two inputs of one run never write the same file: the second is refused, not overwritten.
        Map<Path, String> targets = new HashMap<>();
        MutableList<InputResult> results = Lists.mutable.empty();
        for (Input input : inputs) {
            results.add(convert(input, previous, targets, listener));
        }
        return new RunResult(results.toImmutable(), plugins.failures());
    }

    /** Converts one input; {@code previous} is the version its documents amend, or null. */
    private InputResult convert(Input input, Event previous, Map<Path, String> targets, ConversionListener listener) {
        InputReader.Outcome read = Launcher.readReporting(reader, input, listener);
        if (read.event() == null) {
            return Launcher.unreadable(input, read);
        }
        CheckOutcome checks = ConsistencyChecks.run(read.event());
        Scope scope = request.scope();
        if (scope.stageLabel() == null) {
            // A race still being run: bulletin N is the event as known after the last stage with results.
            Optional<RaceProgress> progress = RaceProgress.of(read.event(), scope);
            if (progress.isPresent()) {
                scope = new Scope(scope.categories(), progress.get().lastStage());
                listener.inProgress(input, progress.get());
            }
        }
        Report report;
        try {
            Report.Builder builder = Report.builder(read.event(), request.documentOptions()).scope(scope)
                    .checks(checks);
            if (previous != null) {
                builder.amends(previous, request.replaces(), request.amends().orElseThrow().name());
            }
            report = builder.build();
        } catch (ScopeException e) {
            String message = input.name() + ": " + e.getMessage();
            listener.failed(input, null, message, null);
            return new InputResult(input, read.importerId(), InputResult.Status.OUT_OF_SCOPE, message,
                    read.diagnostics(), checks.findings(), Lists.immutable.empty());
        }
        listener.checked(input, read.event(), checks.findings());
        ImmutableList<Diagnostic> caveats = report.caveats().collect(caveat ->
                Diagnostic.warning(SourcePosition.of(input.name(), 0, 0), caveat));
        caveats.forEach(d -> listener.diagnostic(input, d));
        // Names carry the categories only when some were asked for, so a whole-event run keeps the plain name.
        ImmutableList<String> namedCategories = request.scope().categories().isEmpty() ? Lists.immutable.empty()
                : report.categories().collect(Category::id);
        String base = OutputNames.base(report.event().name(), namedCategories,
                report.asOfStage().map(Stage::label).orElse(null),
                request.languageInNames() ? request.documentOptions().language() : null);
        MutableList<OutputResult> outputs = Lists.mutable.empty();
        String folderProblem = createFolder(request.outputFolder());
        if (folderProblem != null) {
            // Said once: every output of the input fails for the same reason.
            listener.failed(input, null, input.name() + ": " + folderProblem, null);
        }
        if (folderProblem != null) {
            for (Exporter exporter : exporters) {
                Path target = request.outputFolder().resolve(OutputNames.of(base, exporter.descriptor()));
                outputs.add(new OutputResult(exporter.descriptor().id(), target, folderProblem, Lists.immutable.empty()));
            }
        } else {
            MutableList<Attempt> attempts = Lists.mutable.empty();
            for (Exporter exporter : exporters) {
                attempts.add(claim(input, exporter, request.outputFolder().resolve(OutputNames.of(base,
                        exporter.descriptor())), targets));
            }
            ParallelExports.run(attempts.reject(Attempt::done).<Runnable>collect(attempt -> () -> attempt.write(report, listener))
                    .toImmutable(), ParallelExports.sideBySide(report.event()));
            for (Attempt attempt : attempts) {
                outputs.add(attempt.tell(listener));
            }
        }
        return new InputResult(input, read.importerId(), InputResult.Status.READ, null,
                read.diagnostics().newWithAll(caveats), checks.findings(), outputs.toImmutable());
    }

    /**
     * One output of one input: claimed (in order, so that two inputs never write one file), then
     * written (perhaps beside the others, {@link ParallelExports}), then told (in order, so that what
     * a run prints does not depend on which exporter finished first).
     */
    private Attempt claim(Input input, Exporter exporter, Path target, Map<Path, String> targets) {
        Attempt attempt = new Attempt(input, exporter, target);
        String earlier = targets.putIfAbsent(target.toAbsolutePath().normalize(), input.name());
        if (earlier != null) {
            attempt.fail(input.name() + ": not written to " + target + ", which " + earlier
                    + " gave already in this run; convert them separately or with --out", null);
        }
        return attempt;
    }

    private final class Attempt {
        private final Input input;
        private final Exporter exporter;
        private final Path target;
        private final Diagnostics.Collector diagnostics = Diagnostics.collector();
        private boolean done;
        private String failure;
        private Throwable cause;

        Attempt(Input input, Exporter exporter, Path target) {
            this.input = input;
            this.exporter = exporter;
            this.target = target;
        }

        boolean done() {
            return done;
        }

        void fail(String message, Throwable why) {
            done = true;
            failure = message;
            cause = why;
        }

        void write(Report report, ConversionListener listener) {
            String id = exporter.descriptor().id();
            listener.writing(input, id, target);
            try {
                SafeExport.write(exporter, plugins.origin(exporter), report,
                        arguments.of(id, exporter.descriptor().options()), diagnostics, target);
                done = true;
            } catch (ExportException e) {
                fail(input.name() + ": " + id + ": " + target.getFileName() + " not written: " + e.getMessage(), null);
            } catch (IOException e) {
                fail(input.name() + ": " + id + ": cannot write " + target + ": " + e.getMessage(), null);
            } catch (PluginFault e) {
                fail(input.name() + ": " + target.getFileName() + " not written: " + e.getMessage(), e.getCause());
            } catch (OutOfMemoryError | StackOverflowError e) {
                // The JVM's limit, not the exporter's bug: this output fails, the next ones are tried.
                fail(input.name() + ": " + id + ": " + target.getFileName() + " not written: "
                        + OutOfResources.describe(e), e);
            }
        }

        OutputResult tell(ConversionListener listener) {
            String id = exporter.descriptor().id();
            diagnostics.all().forEach(d -> listener.diagnostic(input, d));
            if (failure != null) {
                listener.failed(input, id, failure, cause);
            } else {
                listener.written(input, id, target);
            }
            return new OutputResult(id, target, failure, diagnostics.all());
        }
    }

    /** Null when the folder exists or was made; otherwise what stands in the way. */
    private static String createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return null;
        } catch (IOException e) {
            return "cannot create the folder " + folder + ": " + e.getMessage();
        }
    }
}
