package org.podium.spi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The importers and exporters found on a class loader: loaded once with {@link ServiceLoader},
 * sorted by id, looked up by id or chosen by detection. A plugin that fails to load is kept as a
 * {@link PluginLoadFailure} and the others still work. No static state: the host builds one.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Plugins {

    /** The origin of the host's own plugins, as {@code podium plugins} shows it. */
    private static final String BUILT_IN = "built-in";

    private final ImmutableList<Importer> importers;
    private final ImmutableList<Exporter> exporters;
    private final ImmutableList<PluginLoadFailure> failures;
    private final Path builtIn;

    private Plugins(ImmutableList<Importer> importers, ImmutableList<Exporter> exporters,
            ImmutableList<PluginLoadFailure> failures, Path builtIn) {
        this.importers = importers;
        this.exporters = exporters;
        this.failures = failures;
        this.builtIn = builtIn;
    }

    /** Loads every importer and exporter registered in {@code META-INF/services} on the loader. */
    public static Plugins load(ClassLoader loader) {
        return load(loader, null);
    }

    /**
     * Loads every importer and exporter registered on the loader; those loaded from
     * {@code builtIn} (the host's own jar or classes, or null) are named {@code built-in}.
     */
    public static Plugins load(ClassLoader loader, Path builtIn) {
        MutableList<PluginLoadFailure> failures = Lists.mutable.empty();
        MutableList<Importer> importers = loadAll(Importer.class, loader, builtIn, failures);
        MutableList<Exporter> exporters = loadAll(Exporter.class, loader, builtIn, failures);
        return of(importers.toImmutable(), exporters.toImmutable(), failures.toImmutable(), builtIn);
    }

    /**
     * A registry of the given plugins. Ids are validated: a second plugin with an id already taken
     * is a failure (the first one found wins), so the choice never depends on luck.
     */
    public static Plugins of(ImmutableList<Importer> importers, ImmutableList<Exporter> exporters,
            ImmutableList<PluginLoadFailure> failures) {
        return of(importers, exporters, failures, null);
    }

    private static Plugins of(ImmutableList<Importer> importers, ImmutableList<Exporter> exporters,
            ImmutableList<PluginLoadFailure> failures, Path builtIn) {
        MutableList<PluginLoadFailure> allFailures = Lists.mutable.withAll(failures);
        ImmutableList<Importer> uniqueImporters =
                unique(importers, i -> i.descriptor().id(), "Importer", allFailures);
        ImmutableList<Exporter> uniqueExporters =
                unique(exporters, e -> e.descriptor().id(), "Exporter", allFailures);
        return new Plugins(uniqueImporters, uniqueExporters, allFailures.toImmutable(), builtIn);
    }

    public ImmutableList<Importer> importers() {
        return importers;
    }

    public ImmutableList<Exporter> exporters() {
        return exporters;
    }

    public ImmutableList<PluginLoadFailure> failures() {
        return failures;
    }

    /**
     * The same plugins with more failures: what a host found wrong before the class loader could
     * see it (a plugin jar that is not a zip archive, which the class loader skips without a word).
     */
    public Plugins withFailures(ImmutableList<PluginLoadFailure> more) {
        return more.isEmpty() ? this : new Plugins(importers, exporters, failures.newWithAll(more), builtIn);
    }

    /**
     * These plugins, then {@code more}'s, with both lists of failures; an id {@code more} repeats
     * is a failure and the first found is kept, as within one registry. Names the built-in plugins
     * as this registry does.
     */
    public Plugins with(Plugins more) {
        return of(importers.newWithAll(more.importers), exporters.newWithAll(more.exporters),
                failures.newWithAll(more.failures), builtIn);
    }

    /**
     * The plugins among these whose classes {@code loader} defined itself (not those it found
     * through its parent), with the failures not already among {@code known}: what one plugin jar's
     * own class loader adds to the host's.
     */
    public Plugins definedBy(ClassLoader loader, ImmutableList<PluginLoadFailure> known) {
        java.util.Set<String> said = new java.util.HashSet<>(known.collect(PluginLoadFailure::message).castToList());
        return new Plugins(importers.select(i -> i.getClass().getClassLoader() == loader),
                exporters.select(e -> e.getClass().getClassLoader() == loader),
                failures.reject(f -> said.contains(f.message())), builtIn);
    }

    public Importer importer(String id) throws PluginException {
        Importer found = importers.detect(i -> i.descriptor().id().equals(id));
        if (found == null) {
            throw new PluginException("no importer '" + id + "'; available: "
                    + importers.collect(i -> i.descriptor().id()).makeString(", "));
        }
        return found;
    }

    public Exporter exporter(String id) throws PluginException {
        Exporter found = exporters.detect(e -> e.descriptor().id().equals(id));
        if (found == null) {
            throw new PluginException("no exporter '" + id + "'; available: "
                    + exporters.collect(e -> e.descriptor().id()).makeString(", "));
        }
        return found;
    }

    /**
     * The importer that matches the input best. A tie at the top between two importers is not
     * decided by chance: it is an error naming both, so the user picks one with {@code --from}.
     *
     * @throws PluginException when no importer matches, or two match equally
     * @throws PluginFault     when an importer throws: which one matches cannot be known then
     */
    public Importer detect(DetectionInput input) throws PluginException, PluginFault {
        MatchStrength best = MatchStrength.NO_MATCH;
        MutableList<Importer> bestOnes = Lists.mutable.empty();
        for (Importer importer : importers) {
            MatchStrength strength = detectWith(importer, input);
            if (strength.compareTo(best) > 0) {
                best = strength;
                bestOnes.clear();
                bestOnes.add(importer);
            } else if (strength == best && strength != MatchStrength.NO_MATCH) {
                bestOnes.add(importer);
            }
        }
        if (bestOnes.isEmpty()) {
            throw new PluginException("no importer recognises " + input.fileName() + " (it looks like "
                    + (input.directory() ? "a folder without a data package" : ContentSniffer.describe(input.head()))
                    + "); choose one with --from (" + importers.collect(i -> i.descriptor().id()).makeString(", ")
                    + ")");
        }
        if (bestOnes.size() > 1) {
            throw new PluginException("several importers claim " + input.fileName() + " ("
                    + bestOnes.collect(i -> i.descriptor().id()).makeString(", ") + "); choose one with --from");
        }
        return bestOnes.getFirst();
    }

    /**
     * The plugin interface a plugin was built for: this Podium's for a built-in one, what its jar's
     * manifest declares ({@link SpiVersion}) for another, {@code -} when it declares nothing.
     */
    public String spiVersion(Object plugin) {
        if (origin(plugin).equals(BUILT_IN)) {
            return SpiVersion.CURRENT;
        }
        String declared = SpiVersion.declared(plugin.getClass());
        return declared == null ? "-" : declared;
    }

    /** Where a plugin of this registry was loaded from: its jar's file name, or {@code built-in}. */
    public String origin(Object plugin) {
        return origin(plugin, builtIn);
    }

    /**
     * A plugin's version, from its jar's manifest ({@code Implementation-Version}), never typed
     * by hand; {@code unknown} for classes not packaged in a jar that says it.
     */
    public static String version(Object plugin) {
        Package owner = plugin.getClass().getPackage();
        String version = owner == null ? null : owner.getImplementationVersion();
        return version == null || version.isBlank() ? "unknown" : version;
    }

    /** Where a plugin's class was loaded from: its jar's file name, or {@code built-in}. */
    public static String origin(Object plugin, Path builtIn) {
        return origin(plugin.getClass(), builtIn);
    }

    private static String origin(Class<?> type, Path builtIn) {
        CodeSource codeSource = type.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            return BUILT_IN;
        }
        try {
            return originOf(Path.of(codeSource.getLocation().toURI()), builtIn);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return codeSource.getLocation().toString();
        }
    }

    /** {@code built-in} for the host's own jar or classes, else the jar's (or folder's) file name. */
    private static String originOf(Path location, Path builtIn) {
        if (builtIn != null && location.equals(builtIn)) {
            return BUILT_IN;
        }
        return location.getFileName() == null ? location.toString() : location.getFileName().toString();
    }

    private MatchStrength detectWith(Importer importer, DetectionInput input) throws PluginFault {
        try {
            MatchStrength strength = importer.detect(input);
            return strength == null ? MatchStrength.NO_MATCH : strength;
        } catch (RuntimeException | Error e) {
            // Treating it as no match could hand the input to the wrong importer: say so instead.
            throw new PluginFault("importer", importer.descriptor().id(), origin(importer), "detecting "
                    + input.fileName(), e);
        }
    }

    private static <T> MutableList<T> loadAll(Class<T> service, ClassLoader loader, Path builtIn,
            MutableList<PluginLoadFailure> failures) {
        MutableList<T> loaded = Lists.mutable.empty();
        // Providers first, created one by one: a constructor that throws is reported with its class,
        // its jar and its cause, and the others still load.
        Iterator<ServiceLoader.Provider<T>> providers = ServiceLoader.load(service, loader).stream().iterator();
        Map<String, Set<String>> listed = null;
        while (true) {
            ServiceLoader.Provider<T> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                if (listed == null) {
                    listed = listedProviders(service, loader, builtIn);
                }
                failures.add(new PluginLoadFailure(service.getSimpleName(), notLoaded(service, loader, e, listed), e));
                continue;
            }
            Class<?> declaring = provider.type();
            String origin = origin(declaring, builtIn);
            // The host's own plugins are built for its interface: their jar (the whole app) is not opened.
            String declared = origin.equals(BUILT_IN) ? null : SpiVersion.declared(declaring);
            String incompatible = declared == null ? null : SpiVersion.incompatibility(declared);
            if (incompatible != null) {
                failures.add(new PluginLoadFailure(service.getSimpleName(), declaring.getName() + " ("
                        + origin + ") " + incompatible + "; skipped", null));
                continue;
            }
            try {
                loaded.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Class<?> type = provider.type();
                Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                failures.add(new PluginLoadFailure(service.getSimpleName(), type.getName() + " ("
                        + origin(type, builtIn) + ") could not be created: " + describe(cause), cause));
            }
        }
        return loaded;
    }

    /**
     * What to say of a provider the service loader could not load. Its message names the class but
     * not the jar whose service file listed it ({@code Provider org.example.Missing not found}), and
     * the jar is what the user can remove or replace: the service files are read again to find it.
     */
    private static String notLoaded(Class<?> service, ClassLoader loader, Throwable error,
            Map<String, Set<String>> listed) {
        String message = String.valueOf(error.getMessage());
        String provider = null;
        for (String word : message.split("\\s+")) {
            String name = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            if (listed.containsKey(name)) {
                provider = name;
                break;
            }
        }
        if (provider == null) {
            return message;
        }
        String origins = String.join(" and ", listed.get(provider));
        try {
            Class.forName(provider, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return provider + " (" + origins + ") could not be loaded: the class is missing from " + origins
                    + ", whose META-INF/services/" + service.getName() + " lists it";
        }
        return provider + " (" + origins + ") could not be loaded: " + message;
    }

    /**
     * Each provider class the loader's service files for {@code service} list, with where those
     * files are (a jar's file name, or {@code built-in}), read as {@link ServiceLoader} reads them:
     * one name a line, {@code #} starting a comment. A file that cannot be read is left out: the
     * service loader says so itself.
     */
    private static Map<String, Set<String>> listedProviders(Class<?> service, ClassLoader loader, Path builtIn) {
        Map<String, Set<String>> listed = new HashMap<>();
        String file = "META-INF/services/" + service.getName();
        try {
            Enumeration<URL> files = loader.getResources(file);
            while (files.hasMoreElements()) {
                URL url = files.nextElement();
                String origin = serviceFileOrigin(url, file, builtIn);
                URLConnection connection = url.openConnection();
                // As ServiceLoader does: a cached jar would stay open after the plugins' loader is closed.
                connection.setUseCaches(false);
                try (InputStream in = connection.getInputStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        int comment = line.indexOf('#');
                        String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                        if (!name.isEmpty()) {
                            listed.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(origin);
                        }
                    }
                } catch (IOException e) {
                    // The service loader has said, or will say, that this file cannot be read.
                }
            }
        } catch (IOException e) {
            // Nothing more to say than the service loader's own message.
        }
        return listed;
    }

    /** The jar (or folder) a service file is in, named as {@link #origin(Object)} names a plugin's. */
    private static String serviceFileOrigin(URL url, String file, Path builtIn) {
        try {
            Path location;
            if ("jar".equals(url.getProtocol())) {
                String spec = url.toString();
                int separator = spec.indexOf("!/");
                location = Path.of(new URI(spec.substring("jar:".length(), separator < 0 ? spec.length() : separator)));
            } else {
                // A classes folder: the folder that holds META-INF/services/….
                location = Path.of(url.toURI());
                for (int up = location.endsWith(file) ? Path.of(file).getNameCount() : 0; up > 0; up--) {
                    location = location.getParent();
                }
            }
            return originOf(location, builtIn);
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return url.toString();
        }
    }

    /** {@code IllegalStateException: no licence key}: the type and the first line of the message. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        String line = message.lines().findFirst().orElse("").strip();
        return type + ": " + (line.length() > 300 ? line.substring(0, 300) + "…" : line);
    }

    private static <T> ImmutableList<T> unique(ImmutableList<T> plugins, Function<T, String> idOf, String service,
            MutableList<PluginLoadFailure> failures) {
        MutableList<T> kept = Lists.mutable.empty();
        for (T plugin : plugins) {
            String id;
            try {
                id = idOf.apply(plugin);
            } catch (RuntimeException e) {
                failures.add(new PluginLoadFailure(service, plugin.getClass().getName()
                        + " has a broken descriptor: " + e.getMessage(), e));
                continue;
            }
            if (kept.anySatisfy(k -> idOf.apply(k).equals(id))) {
                failures.add(new PluginLoadFailure(service, plugin.getClass().getName()
                        + " uses the id '" + id + "' already taken; the first one found is kept"));
            } else {
                kept.add(plugin);
            }
        }
        return kept.sortThis(Comparator.comparing(idOf)).toImmutable();
    }
}
