package org.podium.app;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.podium.spi.Plugins;

/**
 * The plugins of one command run: the built-in ones plus the jars of {@code --plugins DIR} and of
 * {@code plugins/} beside the podium jar. Closing it closes the class loader of those jars, so
 * use the plugins only while it is open.
 */
final class PluginSession implements AutoCloseable {

    private final Plugins plugins;
    private final URLClassLoader extraLoader;
    private final Path builtIn;

    private PluginSession(Plugins plugins, URLClassLoader extraLoader, Path builtIn) {
        this.plugins = plugins;
        this.extraLoader = extraLoader;
        this.builtIn = builtIn;
    }

    /**
     * Loads the plugins.
     *
     * @param extraFolder the {@code --plugins} folder, or null; it must exist
     * @throws IOException when a plugin folder cannot be listed
     */
    static PluginSession open(Environment environment, Path extraFolder) throws IOException {
        List<URL> jars = new ArrayList<>();
        if (extraFolder != null) {
            jars.addAll(jarsIn(extraFolder));
        }
        if (environment.pluginsBesideJar().isPresent()) {
            jars.addAll(jarsIn(environment.pluginsBesideJar().get()));
        }
        if (jars.isEmpty()) {
            return new PluginSession(environment.registry().apply(environment.classLoader()), null,
                    environment.builtIn());
        }
        URLClassLoader loader = new URLClassLoader("podium-plugins", jars.toArray(URL[]::new),
                environment.classLoader());
        return new PluginSession(environment.registry().apply(loader), loader, environment.builtIn());
    }

    Plugins plugins() {
        return plugins;
    }

    /** Where a plugin came from: {@code built-in}, or the jar's file name. */
    String origin(Object plugin) {
        return Plugins.origin(plugin, builtIn);
    }

    @Override
    public void close() throws IOException {
        if (extraLoader != null) {
            extraLoader.close();
        }
    }

    private static List<URL> jarsIn(Path folder) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            // Sorted, so which of two jars with the same plugin id wins does not depend on the file system.
            for (Path jar : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()) {
                urls.add(toUrl(jar));
            }
        }
        return urls;
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path always makes a URL: " + jar, e);
        }
    }
}
