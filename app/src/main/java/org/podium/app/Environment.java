package org.podium.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
        return new Environment(Clock.systemUTC(), Environment.class.getClassLoader(), ownLocation(), Plugins::load);
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
