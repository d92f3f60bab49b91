package org.podium.app;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Runs {@code podium} and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(PodiumCommand.commandLine(Environment.system()).execute(args));
    }

    /** Stderr is for Podium's own messages: a library's log lines would read as problems. */
    private static void quietLibraryLogging() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
