package org.podium.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.podium.spi.Diagnostic;
import org.podium.spi.Severity;

/**
 * Stdout for what a command produces, stderr for everything said about it. Verbosity decides
 * what reaches stderr; errors always do.
 */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final boolean quiet;

    Console(PrintWriter out, PrintWriter err, boolean verbose, boolean quiet) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.quiet = quiet && !verbose;
    }

    boolean verbose() {
        return verbose;
    }

    /** A line of the command's own product. */
    void result(String line) {
        out.println(line);
        out.flush();
    }

    /** A message for people: left out with {@code --quiet}. */
    void note(String message) {
        if (!quiet) {
            err.println(message);
            err.flush();
        }
    }

    /** Only with {@code --verbose}. */
    void detail(String message) {
        if (verbose) {
            err.println(message);
            err.flush();
        }
    }

    void warning(String message) {
        note("podium: warning: " + message);
    }

    void error(String message) {
        err.println("podium: " + message);
        err.flush();
    }

    /** Infos only with {@code --verbose}, warnings unless {@code --quiet}, errors always. */
    void diagnostic(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.INFO) {
            detail(diagnostic.describe());
        } else if (diagnostic.severity() == Severity.WARNING) {
            note(diagnostic.describe());
        } else {
            err.println(diagnostic.describe());
            err.flush();
        }
    }

    /** A plugin's failure, already said in one line: its stack trace only with {@code --verbose}. */
    void trace(Throwable failure) {
        if (verbose && failure != null) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err.print(trace);
            err.flush();
        }
    }

    /** A bug: one line, and the stack trace only when asked for. */
    void internalError(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        if (verbose) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err.print(trace);
            err.println("podium: internal error: " + message);
        } else {
            err.println("podium: internal error: " + message + " (run with --verbose for the stack trace)");
        }
        err.flush();
    }
}
