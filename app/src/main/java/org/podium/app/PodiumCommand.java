package org.podium.app;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code podium}: the command line of {@code cli.md}. The subcommands do the work. */
@Command(name = "podium",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ConvertCommand.class, CheckCommand.class, DiffCommand.class, PluginsCommand.class,
            GenerateCommand.class},
        description = "Turns the results of a stage race into the documents people publish and analyse.",
        exitCodeOnInvalidInput = 2,
        exitCodeOnExecutionException = 70)
public final class PodiumCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Environment environment;

    public PodiumCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: convert, check, diff, plugins or generate");
    }

    /**
     * The command line as {@link Main} runs it: a usage error prints its message and the short
     * usage, not the whole help.
     */
    public static CommandLine commandLine(Environment environment) {
        CommandLine commandLine = new CommandLine(new PodiumCommand(environment));
        commandLine.setParameterExceptionHandler(PodiumCommand::usageError);
        // Help and version are printed outside any command's Guard: stdout failing there is one line too.
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                return runLast.execute(parseResult);
            } catch (Stdout.Failure e) {
                CommandLine failed = parseResult.commandSpec().commandLine();
                return Guard.stdoutFailed(new Console(failed.getOut(), failed.getErr(), false, false), e);
            }
        });
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(Console.say("podium: " + e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Usage: " + failed.getHelp().synopsis(0).strip());
        }
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }
}
