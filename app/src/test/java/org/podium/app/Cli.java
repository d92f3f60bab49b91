package org.podium.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.podium.spi.Plugins;
import picocli.CommandLine;

/** Runs the command as the tests' user: the test plugins only, a fixed clock, output captured. */
final class Cli {

    static final Instant NOW = Instant.parse("2002-01-13T18:00:00.123456Z");

    /**
     * Only the test plugins (and those of a test's own plugin jars), so these tests never depend on
     * the real ones being on the class path.
     */
    static final Function<ClassLoader, Plugins> TEST_PLUGINS = loader -> {
        Plugins all = Plugins.load(loader);
        return Plugins.of(all.importers().select(Cli::isTestPlugin), all.exporters().select(Cli::isTestPlugin),
                all.failures());
    };

    private Cli() {
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        return run(new CommandLine(new PodiumCommand(environment())), args);
    }

    /** As {@link Main} configures it. */
    static Result runAsMain(String... args) {
        return run(PodiumCommand.commandLine(environment()), args);
    }

    /** As {@link Main} configures it, with every real plugin on the class path, as a user runs it. */
    static Result runWithRealPlugins(String... args) {
        return run(PodiumCommand.commandLine(new Environment(Clock.fixed(NOW, ZoneOffset.UTC),
                Cli.class.getClassLoader(), null, Plugins::load)), args);
    }

    static Environment environment() {
        return new Environment(Clock.fixed(NOW, ZoneOffset.UTC), Cli.class.getClassLoader(), null, TEST_PLUGINS);
    }

    /**
     * As {@link Main} runs it, with stdout going to {@code stdout} through {@link Stdout}, as the
     * process's stdout does; {@link Result#out()} is empty, the bytes are wherever {@code stdout} put them.
     */
    static Result runAsMainTo(java.io.OutputStream stdout, String... args) {
        CommandLine commandLine = PodiumCommand.commandLine(environment());
        StringWriter err = new StringWriter();
        PrintWriter out = Stdout.of(stdout);
        commandLine.setOut(out);
        commandLine.setErr(new PrintWriter(err, true));
        int code = Main.run(commandLine, out, args);
        return new Result(code, "", err.toString().replace("\r\n", "\n"));
    }

    private static Result run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** The test plugins, and those of the plugin jars a test made; never the real ones on the class path. */
    private static boolean isTestPlugin(Object plugin) {
        return plugin.getClass().getPackageName().equals("org.podium.app.testplugins")
                || plugin.getClass().getClassLoader() != Cli.class.getClassLoader();
    }
}
