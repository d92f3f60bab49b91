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
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.spi.PluginLoadFailure;
import org.podium.spi.Plugins;

/**
 * The plugins of one run: those on a class loader (the host's built-in ones) plus the jars of
 * plugin folders, each jar in a class loader of its own (a child of the host's): two plugins that
 * bundle different versions of one library each see their own, and a class one jar lacks is never
 * taken from another. Closing the session closes those class loaders, so use the plugins only
 * while it is open.
 */
public final class PluginSession implements AutoCloseable {

    private final Plugins plugins;
    private final List<URLClassLoader> jarLoaders;

    private PluginSession(Plugins plugins, List<URLClassLoader> jarLoaders) {
        this.plugins = plugins;
        this.jarLoaders = jarLoaders;
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
        MutableList<PluginLoadFailure> skipped = Lists.mutable.empty();
        for (Path folder : folders) {
            jars.addAll(jarsIn(folder, skipped));
        }
        Plugins hosts = registry.apply(parent);
        Plugins plugins = hosts.withFailures(skipped.toImmutable());
        List<URLClassLoader> loaders = new ArrayList<>();
        for (URL jar : jars) {
            // Named after the jar: a stack trace's frames then say which jar a class came from.
            String name = jar.getPath().substring(jar.getPath().lastIndexOf('/') + 1);
            URLClassLoader loader = new URLClassLoader(name, new URL[] {jar}, parent);
            loaders.add(loader);
            // The registry on this loader finds the host's plugins again, through its parent: only
            // the jar's own are added, and only the failures the host's registry did not have.
            plugins = plugins.with(registry.apply(loader).definedBy(loader, hosts.failures()));
        }
        return new PluginSession(plugins, loaders);
    }

    public Plugins plugins() {
        return plugins;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (URLClassLoader loader : jarLoaders) {
            try {
                loader.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static List<URL> jarsIn(Path folder, MutableList<PluginLoadFailure> skipped) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            // Sorted, so which of two jars with the same plugin id wins does not depend on the file system.
            for (Path jar : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()) {
                String problem = notAJar(jar);
                if (problem == null) {
                    urls.add(toUrl(jar));
                } else {
                    // The class loader would skip it without a word.
                    skipped.add(new PluginLoadFailure("jar", jar + " " + problem + "; skipped"));
                }
            }
        }
        return urls;
    }

    /** Null when the file opens as a zip archive; otherwise why not. */
    private static String notAJar(Path jar) {
        try {
            new ZipFile(jar.toFile()).close();
            return null;
        } catch (ZipException e) {
            return "is not a zip archive (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path always makes a URL: " + jar, e);
        }
    }
}
