package org.podium.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.Importer;
import org.podium.spi.OutputKind;
import org.podium.spi.PluginException;
import org.podium.spi.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium convert}: imports each input and writes it with each chosen exporter. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Imports each input and writes it with each chosen exporter.",
            "With no INPUT, converts the bundled 2002 Dakar Rally article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:some input could not be read; the rest was converted",
            "2:usage error (unknown option, unknown format id, missing file)",
            "3:--strict, and a warning or contradiction was found",
            "70:internal error"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PodiumCommand parent;

    @Mixin
    private CommonOptions common;

    @Mixin
    private ConversionOptions options;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or folders to convert (default: the bundled sample).")
    private List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        Console console = common.console();
        return Guard.run(console, () -> convert(console));
    }

    private ExitCode convert(Console console) throws IOException {
        Optional<String> missing = Inputs.missing(inputs);
        if (missing.isPresent()) {
            String message = missing.get();
            throw usage(message);
        }
        Path out = options.out();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out: " + out + " is a file, not a folder");
        }
        Path pluginsFolder = common.pluginsFolder();
        Environment environment = parent.environment();
        ExportOptions exportOptions = options.exportOptions(environment.clock());

        try (PluginSession session = PluginSession.open(environment, pluginsFolder)) {
            Plugins plugins = session.plugins();
            session.plugins().failures().forEach(f ->
                    console.warning("a plugin could not be loaded (" + f.service() + "): " + f.message()));
            Importer chosenImporter = options.from() == null ? null : plugin(() -> plugins.importer(options.from()));
            ImmutableList<Exporter> exporters = exporters(plugins);
            PluginArguments pluginArguments;
            try {
                pluginArguments = PluginArguments.parse(options.pluginOptions(), plugins);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            Run run = new Run(console, exportOptions, pluginArguments, out);
            Inputs.forEach(inputs, console, "converting",
                    (input, name) -> run.convert(input, name, chosenImporter, plugins, exporters));
            return run.finish();
        }
    }

    private ImmutableList<Exporter> exporters(Plugins plugins) {
        if (options.to().isEmpty()) {
            if (plugins.exporters().isEmpty()) {
                throw usage("no exporter is installed; add a plugin jar with --plugins DIR");
            }
            return plugins.exporters();
        }
        List<Exporter> chosen = new ArrayList<>();
        for (String id : options.to()) {
            Exporter exporter = plugin(() -> plugins.exporter(id.strip()));
            if (!chosen.contains(exporter)) {
                chosen.add(exporter);
            }
        }
        return Lists.immutable.withAll(chosen);
    }

    private <T> T plugin(PluginLookup<T> lookup) {
        try {
            return lookup.find();
        } catch (PluginException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    @FunctionalInterface
    private interface PluginLookup<T> {
        T find() throws PluginException;
    }

    /** One run over the inputs: counts what happened, for the summary and the exit code. */
    private final class Run {
        private final Console console;
        private final ExportOptions exportOptions;
        private final PluginArguments pluginArguments;
        private final Path out;
        private final Map<Path, String> written = new HashMap<>();
        private int inputsConverted;
        private int inputsFailed;
        private int outputsFailed;
        private int outputsWritten;
        private final Tally tally = new Tally();
        private final EventReader reader;

        Run(Console console, ExportOptions exportOptions, PluginArguments pluginArguments, Path out) {
            this.console = console;
            this.exportOptions = exportOptions;
            this.pluginArguments = pluginArguments;
            this.out = out;
            this.reader = new EventReader(console, tally, pluginArguments, options.eventName());
        }

        void convert(Path input, String name, Importer chosen, Plugins plugins, ImmutableList<Exporter> exporters)
                throws IOException {
            Event event = reader.read(input, name, chosen, plugins);
            if (event == null) {
                inputsFailed++;
                return;
            }
            inputsConverted++;
            checkFilters(event, name);
            ImmutableList<Finding> findings = ConsistencyChecks.of(event);
            tally.countFindings(findings);
            console.note(name + ": " + FindingsReport.summary(findings));
            String base = OutputNames.base(event.name(), options.categories(), options.stage(),
                    options.languageGiven() ? exportOptions.language() : null);
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                for (int i = 0; i < exporters.size(); i++) {
                    failedOutput();
                }
                console.error("cannot create the folder " + out + ": " + e.getMessage());
                return;
            }
            for (Exporter exporter : exporters) {
                write(event, name, exporter, out.resolve(OutputNames.of(base, exporter.descriptor())));
            }
        }

        /** A filter that matches nothing in this event would write empty documents without a word. */
        private void checkFilters(Event event, String name) {
            for (String category : options.categories()) {
                if (event.category(category).isEmpty()) {
                    tally.warning();
                    console.warning(name + ": no category '" + category + "' in this event; it has "
                            + event.categories().collect(Category::id).makeString(", "));
                }
            }
            if (options.stage() != null && event.stage(options.stage()).isEmpty()) {
                tally.warning();
                console.warning(name + ": no stage '" + options.stage() + "' in this event");
            }
        }

        private void write(Event event, String name, Exporter exporter, Path target) throws IOException {
            FormatDescriptor format = exporter.descriptor();
            String earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), name);
            if (earlier != null) {
                failedOutput();
                console.error(name + ": not written to " + target + ", which " + earlier
                        + " gave already in this run; convert them separately or with --out");
                return;
            }
            Path temporary = AtomicOutput.temporarySibling(target);
            Diagnostics.Collector diagnostics = Diagnostics.collector();
            try {
                exporter.write(event, new ExportRequest(temporary, exportOptions, pluginArguments.of(format),
                        diagnostics));
                report(diagnostics.all());
                if (format.outputKind() == OutputKind.FOLDER) {
                    AtomicOutput.moveFolderIntoPlace(temporary, target);
                } else {
                    AtomicOutput.moveFileIntoPlace(temporary, target);
                }
                outputsWritten++;
                console.result(target.toString());
            } catch (ExportException e) {
                report(diagnostics.all());
                AtomicOutput.deleteQuietly(temporary, e);
                failedOutput();
                console.error(name + ": " + format.id() + ": " + target.getFileName() + " not written: "
                        + e.getMessage());
            } catch (IOException e) {
                report(diagnostics.all());
                AtomicOutput.deleteQuietly(temporary, e);
                failedOutput();
                console.error(name + ": " + format.id() + ": cannot write " + target + ": " + e.getMessage());
            } catch (RuntimeException | Error e) {
                // A plugin's bug still must not leave a temporary file behind.
                AtomicOutput.deleteQuietly(temporary, e);
                throw e;
            }
        }

        private void failedOutput() {
            outputsFailed++;
            tally.error();
        }

        private void report(ImmutableList<Diagnostic> diagnostics) {
            tally.report(console, diagnostics);
        }

        ExitCode finish() {
            console.note(String.format(Locale.ROOT, "Converted %s, wrote %s to %s (%s, %s).",
                    count(inputsConverted, "input"), count(outputsWritten, "output"), out,
                    count(tally.errors(), "error"), count(tally.warnings(), "warning")));
            if (inputsFailed > 0 || outputsFailed > 0 || tally.errors() > 0) {
                return ExitCode.INPUT_ERROR;
            }
            if (options.strict() && tally.anythingForStrict()) {
                return ExitCode.STRICT;
            }
            return ExitCode.OK;
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
