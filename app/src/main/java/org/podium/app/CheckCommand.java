package org.podium.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.Event;
import org.podium.spi.Importer;
import org.podium.spi.PluginException;
import org.podium.spi.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium check}: imports each input and lists what its own numbers contradict. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Imports each input and lists the consistency findings: what the source contradicts,"
                + " and what its notes explain.",
            "With no INPUT, checks the bundled 2002 Dakar Rally article.",
            "As text, findings that could not be verified for lack of data are counted on stderr"
                + " (listed with --verbose); csv and json list every finding."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:some input could not be read",
            "2:usage error",
            "3:--strict, and a warning or contradiction was found",
            "70:internal error"})
final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Format { TEXT, CSV, JSON }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PodiumCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class,
            description = "text, csv or json (default: text).")
    private Format format = Format.TEXT;

    @Option(names = "--from", paramLabel = "ID", description = "Importer to use (default: detected from the input).")
    private String from;

    @Option(names = "--strict", description = "Exit 3 when any warning or contradiction was found.")
    private boolean strict;

    @Option(names = "--event-name", paramLabel = "NAME", description = "The event's name when the input does not say it.")
    private String eventName;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to check (default: the bundled sample).")
    private List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        Console console = common.console();
        return Guard.run(console, () -> check(console));
    }

    private ExitCode check(Console console) throws IOException {
        Optional<String> missing = Inputs.missing(inputs);
        if (missing.isPresent()) {
            String message = missing.get();
            throw new ParameterException(spec.commandLine(), message);
        }
        Tally tally = new Tally();
        try (PluginSession session = PluginSession.open(parent.environment(), common.pluginsFolder())) {
            Plugins plugins = session.plugins();
            Importer chosen = null;
            if (from != null) {
                try {
                    chosen = plugins.importer(from);
                } catch (PluginException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            EventReader reader = new EventReader(console, tally, PluginArguments.none(), eventName);
            Importer importer = chosen;
            Inputs.forEach(inputs, console, "checking",
                    (input, name) -> print(console, tally, reader.read(input, name, importer, plugins), name));
        }
        // An input that could not be read is counted as an error by the reader.
        if (tally.errors() > 0) {
            return ExitCode.INPUT_ERROR;
        }
        return strict && tally.anythingForStrict() ? ExitCode.STRICT : ExitCode.OK;
    }

    /** Prints one input's findings; nothing for an input that could not be read. */
    private void print(Console console, Tally tally, Event event, String name) {
        if (event == null) {
            return;
        }
        ImmutableList<Finding> findings = ConsistencyChecks.of(event);
        tally.countFindings(findings);
        switch (format) {
            case CSV -> console.result(FindingsReport.csv(findings, event).stripTrailing());
            case JSON -> console.result(FindingsReport.json(findings, event).stripTrailing());
            case TEXT -> {
                ImmutableList<Finding> shown = console.verbose() ? findings
                        : findings.reject(f -> f.severity() == FindingSeverity.INFO);
                if (!shown.isEmpty()) {
                    console.result(FindingsReport.text(shown, event).stripTrailing());
                }
            }
            default -> throw new IllegalStateException(format.name());
        }
        console.note(name + ": " + FindingsReport.summary(findings));
    }

    /** {@code --format}: the lower-case names. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format: text, csv or json");
            }
        }
    }
}
