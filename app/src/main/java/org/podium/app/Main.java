package org.podium.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        CommandLine commandLine = PodiumCommand.commandLine(Environment.system());
        // Stdout carries data (a timing sheet, the paths written): UTF-8 whatever the platform's
        // charset, which is ASCII under LANG=C and would turn every accent into '?'. Buffered,
        // because System.out flushes every few bytes and a sheet can be megabytes.
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        commandLine.setOut(out);
        int code = commandLine.execute(args);
        out.flush();
        System.exit(code);
    }

    /** Stderr is for Podium's own messages: a library's log lines would read as problems. */
    private static void quietLibraryLogging() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
