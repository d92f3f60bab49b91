package org.podium.app;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.launcher.Check;
import org.podium.launcher.CheckRequest;
import org.podium.launcher.FindingsFormat;
import org.podium.launcher.Input;
import org.podium.launcher.Launcher;
import org.podium.launcher.PluginSession;
import org.podium.launcher.RunResult;
import org.podium.launcher.UsageException;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code podium check}: the launcher reads each input; its findings are printed in the format asked for. */
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

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PodiumCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class,
            description = "text, csv or json (default: text).")
    private FindingsFormat format = FindingsFormat.TEXT;

    @Option(names = "--from", paramLabel = "ID", description = "Importer to use (default: detected from the input).")
    private String from;

    @Option(names = "--merge", description = "Read the inputs together as one event, as the files of a race"
            + " folder are.")
    private boolean merge;

    @Option(names = "--strict", description = "Exit 3 when any warning or contradiction was found.")
    private boolean strict;

    @Option(names = "--spreadsheet-safe", description = "With --format csv, prefix with ' each value a"
            + " spreadsheet would run as a formula (=, +, -, @…).")
    private boolean spreadsheetSafe;

    @Option(names = "--event-name", paramLabel = "NAME", description = "The event's name when the input does not say it.")
    private String eventName;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to check (default: the bundled sample).")
    private List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        Console console = common.console();
        return Guard.run(console, () -> check(console));
    }

    private ExitCode check(Console console) throws Exception {
        try (PluginSession session = parent.environment().openPlugins(common.pluginsFolder())) {
            ConsoleListener.pluginFailures(console, session.plugins());
            Check prepared = new Launcher(session.plugins())
                    .prepare(CheckRequest.builder().importer(from).eventName(eventName).build());
            RunResult result = BundledSample.orInputs(inputs, merge, console, "checking",
                    chosen -> prepared.run(chosen, new Printer(console)));
            return ConsoleListener.exitCode(result, strict);
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Prints each input's findings on stdout as it is checked, and its summary on stderr. */
    private final class Printer extends ConsoleListener {
        Printer(Console console) {
            super(console);
        }

        @Override
        public void checked(Input input, Event event, ImmutableList<Finding> findings) {
            ImmutableList<Finding> shown = format != FindingsFormat.TEXT || console.verbose() ? findings
                    : findings.reject(f -> f.severity() == FindingSeverity.INFO);
            if (format != FindingsFormat.TEXT || shown.notEmpty()) {
                StringWriter text = new StringWriter();
                try {
                    format.write(text, shown, EventIndex.of(event), spreadsheetSafe);
                } catch (IOException e) {
                    throw new UncheckedIOException("a StringWriter does not fail", e);
                }
                if (format == FindingsFormat.TEXT) {
                    console.text(text.toString().stripTrailing());
                } else {
                    console.result(text.toString().stripTrailing());
                }
            }
            console.note(input.name() + ": " + FindingsFormat.summary(findings));
        }
    }

    /** {@code --format}: the lower-case names. */
    static final class FormatConverter implements ITypeConverter<FindingsFormat> {
        @Override
        public FindingsFormat convert(String value) {
            try {
                return FindingsFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
