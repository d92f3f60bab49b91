package org.podium.app;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Runs {@code podium} and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        headless();
        CommandLine commandLine = PodiumCommand.commandLine(Environment.system());
        PrintWriter out = Stdout.system();
        commandLine.setOut(out);
        System.exit(run(commandLine, out, args));
    }

    /**
     * Runs the command line and flushes stdout. Help and usage are printed by picocli outside any
     * command, so stdout failing there, or memory running out anywhere, is caught here too: one
     * line, never a JVM trace, never exit 0 after a failed write.
     */
    static int run(CommandLine commandLine, PrintWriter out, String... args) {
        Console console = new Console(out, commandLine.getErr(), false, false);
        try {
            int code = commandLine.execute(args);
            out.flush();
            return code;
        } catch (Stdout.Failure e) {
            return Guard.stdoutFailed(console, e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return Guard.outOfResources(console, e);
        }
    }

    /**
     * A command needs no display. The race charts (the PDF's, the Markdown's pictures) measure
     * text with Java 2D, which on a desktop would otherwise start the windowing toolkit (on macOS,
     * an icon in the Dock) for nothing. A value the user gives ({@code -Djava.awt.headless=false}) is kept.
     */
    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Stderr is for Podium's own messages: a library's log lines would read as problems. */
    private static void quietLibraryLogging() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
