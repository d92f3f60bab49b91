package org.podium.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Comparator;
import org.podium.model.Text;
import org.podium.spi.Diagnostic;
import org.podium.spi.Severity;

/**
 * Stdout for what a command produces, stderr for everything said about it. Verbosity decides
 * what reaches stderr; errors always do.
 *
 * <p>The one place where what Podium says meets a terminal: every line for people — messages,
 * diagnostics, failures, usage errors, internal errors, stack traces, findings as text — goes out
 * through {@link #say}, which shows control characters escaped and cuts a line after
 * {@link #MESSAGE_LIMIT} characters ({@link Text#excerpt}). Messages quote their input (a header,
 * a cell, a name, an exception's message), and input can be a 200 MB line or hold the escape
 * sequences that clear a terminal; cutting here covers every message whoever built it (a plugin,
 * the launcher, picocli, the JVM), where a rule in {@code Diagnostic} would miss failures and
 * usage errors. What a command produces as data (a CSV, JSON, a timing sheet, paths) goes out
 * unchanged through {@link #result}; a listing for people on stdout ({@code podium plugins}) through
 * {@link #row}, each field said as a message is.
 */
final class Console {

    /**
     * The longest line a message prints, in characters. Podium's own longest messages (the CSV
     * importer's refusal listing what it tried) are about 800 characters with a short quote.
     */
    static final int MESSAGE_LIMIT = 1000;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final boolean quiet;

    /** What a long run is doing, at the bottom of a terminal; null elsewhere and with {@code --quiet}. */
    private final StatusLine status;

    Console(PrintWriter out, PrintWriter err, boolean verbose, boolean quiet) {
        this(out, err, verbose, quiet, null);
    }

    private Console(PrintWriter out, PrintWriter err, boolean verbose, boolean quiet, StatusLine status) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.quiet = quiet && !verbose;
        this.status = status;
    }

    /**
     * A console whose stderr is a terminal: long steps show a status line there ({@link StatusLine}),
     * unless {@code --quiet}. Every stderr line goes through it, so a message never lands in the
     * middle of the status.
     */
    static Console onTerminal(PrintWriter out, PrintWriter err, boolean verbose, boolean quiet) {
        if (quiet && !verbose) {
            return new Console(out, err, verbose, true, null);
        }
        StatusLine status = new StatusLine(err, System::nanoTime, StatusLine.terminalWidth(), true);
        return new Console(out, new PrintWriter(status), verbose, quiet, status);
    }

    /** What the run does now, shown on a terminal once it has taken a second (null: nothing); nothing elsewhere. */
    void status(String step) {
        if (status != null) {
            status.show(step);
        }
    }

    /** The run is over: the status line goes. */
    void endStatus() {
        if (status != null) {
            status.end();
        }
    }

    boolean verbose() {
        return verbose;
    }

    /** A line of the command's own product. */
    void result(String line) {
        toOut(() -> out.println(line));
    }

    /**
     * A row of a listing for people on stdout ({@code podium plugins}): the fields joined by tabs,
     * as {@link #row(String...)} says them.
     */
    void row(String... fields) {
        toOut(() -> out.println(sayRow(fields)));
    }

    /** Lines for people on stdout (findings as text): each said as a message is. */
    void text(String lines) {
        toOut(() -> lines.lines().forEach(line -> out.println(say(line))));
    }

    /** Stdout and the status line share the terminal: the status steps aside while stdout is written. */
    private void toOut(Runnable write) {
        Runnable flushed = () -> {
            write.run();
            out.flush();
        };
        if (status == null) {
            flushed.run();
        } else {
            status.around(flushed);
        }
    }

    /** A message for people: left out with {@code --quiet}. */
    void note(String message) {
        if (!quiet) {
            err.println(say(message));
            err.flush();
        }
    }

    /** Only with {@code --verbose}. */
    void detail(String message) {
        if (verbose) {
            err.println(say(message));
            err.flush();
        }
    }

    void warning(String message) {
        note("podium: warning: " + message);
    }

    void error(String message) {
        err.println(say("podium: " + message));
        err.flush();
    }

    /** Infos only with {@code --verbose}, warnings unless {@code --quiet}, errors always. */
    void diagnostic(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.INFO) {
            detail(diagnostic.describe());
        } else if (diagnostic.severity() == Severity.WARNING) {
            note(diagnostic.describe());
        } else {
            err.println(say(diagnostic.describe()));
            err.flush();
        }
    }

    /** A plugin's failure, already said in one line: its stack trace only with {@code --verbose}. */
    void trace(Throwable failure) {
        if (verbose && failure != null) {
            printTrace(failure);
            err.flush();
        }
    }

    /** A bug: one line, and the stack trace only when asked for. */
    void internalError(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        if (verbose) {
            printTrace(failure);
            err.println(say("podium: internal error: " + message));
        } else {
            err.println(say("podium: internal error: " + message) + " (run with --verbose for the stack trace)");
        }
        err.flush();
    }

    /**
     * A message line as it may reach a terminal: control characters escaped, cut after
     * {@link #MESSAGE_LIMIT} characters.
     */
    static String say(String message) {
        return Text.excerpt(message, MESSAGE_LIMIT);
    }

    /**
     * Fields joined by tabs, each said as a message is: its control characters escaped, so a tab
     * or a line break in a field (a plugin's name or description, from a jar nobody checked)
     * cannot pass for a column or a row, nor an escape sequence reach the terminal. The line keeps
     * to {@link #MESSAGE_LIMIT} characters (and the notes of what was cut) without losing a column:
     * when the fields are too long together, the short ones stay whole and the longer ones share
     * what is left equally, each cut as {@link Text#excerpt} cuts.
     */
    static String sayRow(String... fields) {
        String[] shown = new String[fields.length];
        int total = fields.length - 1;
        for (int i = 0; i < fields.length; i++) {
            shown[i] = say(String.valueOf(fields[i]));
            total += shown[i].length();
        }
        if (total <= MESSAGE_LIMIT) {
            return String.join("\t", shown);
        }
        // A field say() cut is longer than MESSAGE_LIMIT, so it is among the longer ones below.
        Integer[] byWidth = new Integer[fields.length];
        for (int i = 0; i < fields.length; i++) {
            byWidth[i] = i;
        }
        Arrays.sort(byWidth, Comparator.comparingInt(i -> shown[i].length()));
        int left = MESSAGE_LIMIT - (fields.length - 1);
        int sharing = fields.length;
        int next = 0;
        while (next < byWidth.length && shown[byWidth[next]].length() * sharing <= left) {
            left -= shown[byWidth[next]].length();
            sharing--;
            next++;
        }
        int share = Math.max(1, left / Math.max(1, sharing));
        for (; next < byWidth.length; next++) {
            int i = byWidth[next];
            shown[i] = Text.excerpt(String.valueOf(fields[i]), share);
        }
        return String.join("\t", shown);
    }

    /** A stack trace, each line said as a message (an exception's message quotes input too). */
    private void printTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(line -> err.println(line.startsWith("\t")
                ? "\t" + say(line.substring(1)) : say(line)));
    }
}
