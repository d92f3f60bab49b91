package org.podium.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.concurrent.Callable;
import org.podium.launcher.OutOfResources;
import picocli.CommandLine.ParameterException;

/**
 * The one place a command's failure becomes an exit code: a usage error goes on to picocli, which
 * prints it with the usage and exits {@link ExitCode#USAGE}; stdout that cannot be written, a file
 * the system refuses, memory or stack running out are one line and {@link ExitCode#INPUT_ERROR};
 * anything else unexpected is a bug ({@link ExitCode#INTERNAL}).
 */
final class Guard {

    private Guard() {
    }

    static int run(Console console, Callable<ExitCode> command) {
        return run(console, command, ExitCode.INPUT_ERROR);
    }

    /**
     * As {@link #run(Console, Callable)}, exiting {@code failed} when stdout, memory or the file
     * system fail: {@code podium diff} exits {@link ExitCode#TROUBLE}, since its 1 says the versions differ.
     */
    static int run(Console console, Callable<ExitCode> command, ExitCode failed) {
        try {
            return command.call().code();
        } catch (ParameterException e) {
            throw e;
        } catch (Stdout.Failure e) {
            stdoutFailed(console, e);
            return failed.code();
        } catch (OutOfMemoryError | StackOverflowError e) {
            outOfResources(console, e);
            return failed.code();
        } catch (IOException | UncheckedIOException e) {
            // The file system said no (a full disk, a folder that is a file): the world, not a bug.
            console.error(describe(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e));
            console.trace(e);
            return failed.code();
        } catch (Exception | LinkageError | AssertionError e) {
            console.internalError(e);
            return ExitCode.INTERNAL.code();
        } finally {
            // Whatever the command and however it ends, no status line stays on the terminal.
            console.endStatus();
        }
    }

    /** Stdout failed: one line, except for a closed pipe, which Unix tools end on quietly. Never exit 0. */
    static int stdoutFailed(Console console, Stdout.Failure failure) {
        if (failure.brokenPipe()) {
            console.detail("podium: stopped: " + failure.getMessage());
        } else {
            console.error(failure.getMessage());
        }
        return ExitCode.INPUT_ERROR.code();
    }

    /** Memory or stack ran out: what there was and how to give more, in one line, never a JVM trace. */
    static int outOfResources(Console console, Throwable failure) {
        console.error(OutOfResources.describe(failure) + "; " + howToGiveMore(failure));
        console.trace(failure);
        return ExitCode.INPUT_ERROR.code();
    }

    /** How to run Podium with more of what ran out, from the script or from the jar. */
    static String howToGiveMore(Throwable failure) {
        boolean stack = failure instanceof StackOverflowError;
        String flag = stack ? "-Xss64m" : "-Xmx" + OutOfResources.largerHeap();
        return "give Podium " + (stack ? "a larger stack" : "more memory") + ", e.g. JAVA_OPTS=" + flag
                + " ./podium … or java " + flag + " -jar podium.jar …";
    }

    /** A file system's refusal in one line: the file, the other file, the reason. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
            return (fs.getFile() == null ? "" : fs.getFile() + ": ")
                    + (fs.getOtherFile() == null ? "" : "(" + fs.getOtherFile() + ") ") + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
