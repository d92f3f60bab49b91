package org.podium.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParameterException;

/**
 * The one place a command's failure becomes an exit code: a usage error goes on to picocli, which
 * prints it with the usage and exits {@link ExitCode#USAGE}; anything unexpected is a bug.
 */
final class Guard {

    private Guard() {
    }

    static int run(Console console, Callable<ExitCode> command) {
        try {
            return command.call().code();
        } catch (ParameterException e) {
            throw e;
        } catch (Exception | LinkageError | AssertionError e) {
            console.internalError(e);
            return ExitCode.INTERNAL.code();
        }
    }
}
