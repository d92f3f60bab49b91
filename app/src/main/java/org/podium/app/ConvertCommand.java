package org.podium.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.podium.launcher.Conversion;
import org.podium.launcher.InputResult;
import org.podium.launcher.Launcher;
import org.podium.launcher.PluginSession;
import org.podium.launcher.RunResult;
import org.podium.launcher.UsageException;
import org.podium.report.DocumentOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium convert}: the options become a conversion request; the launcher runs it. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Imports each input and writes it with each chosen exporter.",
            "With no INPUT, converts the bundled 2002 Dakar Rally article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:some input could not be read or some output not written; the rest was converted",
            "2:usage error (unknown option, format id, plugin option value, category or stage; missing file)",
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

    private ExitCode convert(Console console) throws Exception {
        Environment environment = parent.environment();
        DocumentOptions documentOptions = options.documentOptions(environment.clock());
        try (PluginSession session = environment.openPlugins(common.pluginsFolder())) {
            ConsoleListener.pluginFailures(console, session.plugins());
            // Everything the options name is checked before any input is read or the sample extracted.
            Conversion conversion = new Launcher(session.plugins()).prepare(options.request(documentOptions, inputs.size()));
            RunResult result = BundledSample.orInputs(inputs, options.merge(), console, "converting",
                    chosen -> conversion.run(chosen, new ConsoleListener(console)));
            summarise(console, result);
            return ConsoleListener.exitCode(result, options.strict());
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The totals, unless every input was refused for its scope: that one message says it all. */
    private void summarise(Console console, RunResult result) {
        if (result.inputs().notEmpty()
                && result.inputs().allSatisfy(i -> i.status() == InputResult.Status.OUT_OF_SCOPE)) {
            return;
        }
        console.note(String.format(Locale.ROOT, "Converted %s, wrote %s to %s (%s, %s).",
                count(result.inputsRead(), "input"), count(result.outputsWritten(), "output"), options.out(),
                count(result.errors(), "error"), count(result.warnings(), "warning")));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
