package org.podium.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command takes: where extra plugins are, and how much to say on stderr. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Also load plugin jars from DIR (and from plugins/ beside the podium jar).")
    private Path pluginsFolder;

    @Option(names = "--verbose", description = "Say more on stderr, with stack traces for internal errors.")
    private boolean verbose;

    @Option(names = "--quiet", description = "Say less on stderr: only errors.")
    private boolean quiet;

    Console console() {
        if (onTerminal()) {
            return Console.onTerminal(spec.commandLine().getOut(), spec.commandLine().getErr(), verbose, quiet);
        }
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), verbose, quiet);
    }

    /**
     * Whether a person watches stderr, where the status line is drawn: Java 17 has a console only
     * when both stdin and stdout are a terminal (so never under a pipe, CI or a test), but that says
     * nothing of stderr — {@code podium convert x 2>log} at a terminal would write the line's
     * escape codes into the log — so stderr is asked too where the system can tell. A dumb terminal
     * cannot redraw a line.
     */
    private static boolean onTerminal() {
        return System.console() != null && stderrMayBeTerminal() && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * False when the system shows that stderr is not a terminal (on Linux, {@code /proc/self/fd/2}
     * names a file or a pipe, not {@code /dev/pts/…} or {@code /dev/tty…}); true where it cannot tell.
     */
    static boolean stderrMayBeTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(stderr).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    /** The {@code --plugins} folder, checked to exist, or null. */
    Path pluginsFolder() {
        if (pluginsFolder != null && !Files.isDirectory(pluginsFolder)) {
            throw new ParameterException(spec.commandLine(), "--plugins: no such folder: " + pluginsFolder);
        }
        return pluginsFolder;
    }
}
