package org.podium.launcher;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.podium.spi.Plugins;

/**
 * The plugins of one run: those on a class loader (the host's built-in ones) plus the jars of
 * plugin folders. Closing it closes the class loader of those jars, so use the plugins only while
 * it is open.
 */
public final class PluginSession implements AutoCloseable {

    private final Plugins plugins;
    private final URLClassLoader extraLoader;

    private PluginSession(Plugins plugins, URLClassLoader extraLoader) {
        this.plugins = plugins;
        this.extraLoader = extraLoader;
    }

    /**
     * Loads the plugins.
     *
     * @param parent   where the built-in plugins are found; the folders' jars get a child of it
     * @param folders  folders whose {@code *.jar} files are plugins, in order; each must exist
     * @param registry builds the registry from a class loader ({@code loader -> Plugins.load(loader, builtIn)})
     * @throws IOException when a plugin folder cannot be listed
     */
    public static PluginSession open(ClassLoader parent, List<Path> folders, Function<ClassLoader, Plugins> registry)
            throws IOException {
        List<URL> jars = new ArrayList<>();
        for (Path folder : folders) {
            jars.addAll(jarsIn(folder));
        }
        if (jars.isEmpty()) {
            return new PluginSession(registry.apply(parent), null);
        }
        URLClassLoader loader = new URLClassLoader("podium-plugins", jars.toArray(URL[]::new), parent);
        return new PluginSession(registry.apply(loader), loader);
    }

    public Plugins plugins() {
        return plugins;
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
