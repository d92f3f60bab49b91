package org.podium.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.podium.launcher.PluginSession;
import org.podium.spi.Plugins;

/**
 * What the command takes from the world outside its arguments, so tests can replace it.
 *
 * @param clock       read once, for the default {@code --issued-at}
 * @param classLoader where the built-in plugins are found; extra plugin jars get a child of it
 * @param builtIn     the podium jar (or classes folder) itself, whose plugins are "built-in"
 * @param registry    builds the registry from a class loader
 */
public record Environment(Clock clock, ClassLoader classLoader, Path builtIn, Function<ClassLoader, Plugins> registry) {

    public Environment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(registry, "registry");
    }

    /** The environment of a real run: the system clock and the app's own class loader. */
    public static Environment system() {
        Path own = ownLocation();
        return new Environment(Clock.systemUTC(), Environment.class.getClassLoader(), own,
                loader -> Plugins.load(loader, own));
    }

    /**
     * The plugins of one command: the built-in ones, those of {@code --plugins} (or null) and of
     * {@code plugins/} beside the podium jar.
     */
    PluginSession openPlugins(Path extraFolder) throws IOException {
        List<Path> folders = new ArrayList<>();
        if (extraFolder != null) {
            folders.add(extraFolder);
        }
        pluginsBesideJar().ifPresent(folders::add);
        return PluginSession.open(classLoader, folders, registry);
    }

    /** The {@code plugins/} folder beside the podium jar, when the app runs from a jar and it exists. */
    public Optional<Path> pluginsBesideJar() {
        if (builtIn == null || !Files.isRegularFile(builtIn) || builtIn.getParent() == null) {
            return Optional.empty();
        }
        Path folder = builtIn.getParent().resolve("plugins");
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    private static Path ownLocation() {
        CodeSource source = Environment.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
