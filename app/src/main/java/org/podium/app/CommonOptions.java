package org.podium.app;

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
     * Whether a person watches: Java has a console only when both stdin and stdout are a terminal
     * (so never under a pipe, a redirection, CI or a test), and a dumb terminal cannot redraw a line.
     */
    private static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** The {@code --plugins} folder, checked to exist, or null. */
    Path pluginsFolder() {
        if (pluginsFolder != null && !Files.isDirectory(pluginsFolder)) {
            throw new ParameterException(spec.commandLine(), "--plugins: no such folder: " + pluginsFolder);
        }
        return pluginsFolder;
    }
}
