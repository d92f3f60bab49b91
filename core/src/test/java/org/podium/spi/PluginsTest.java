package org.podium.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceConfigurationError;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;

class PluginsTest {

    @Test
    void listsPluginsSortedByIdAndFindsThemById() throws Exception {
        Plugins plugins = Plugins.of(Lists.immutable.of(importer("wiki", MatchStrength.NO_MATCH),
                importer("csv", MatchStrength.NO_MATCH)), Lists.immutable.empty(), Lists.immutable.empty());
        assertThat(plugins.importers().collect(i -> i.descriptor().id())).containsExactly("csv", "wiki");
        assertThat(plugins.importer("wiki").descriptor().id()).isEqualTo("wiki");
    }

    @Test
    void anUnknownIdListsWhatIsAvailable() {
        Plugins plugins = Plugins.of(Lists.immutable.of(importer("wiki", MatchStrength.NO_MATCH)),
                Lists.immutable.empty(), Lists.immutable.empty());
        assertThatThrownBy(() -> plugins.importer("pdf"))
                .isInstanceOf(PluginException.class)
                .hasMessage("no importer 'pdf'; available: wiki");
    }

    @Test
    void detectionPicksTheStrongestMatch() throws Exception {
        Plugins plugins = Plugins.of(Lists.immutable.of(importer("a", MatchStrength.WEAK_MATCH),
                importer("b", MatchStrength.FULL_MATCH), importer("c", MatchStrength.NO_MATCH)),
                Lists.immutable.empty(), Lists.immutable.empty());
        assertThat(plugins.detect(input()).descriptor().id()).isEqualTo("b");
    }

    @Test
    void aTieAtTheTopIsNotDecidedByChance() {
        Plugins plugins = Plugins.of(Lists.immutable.of(importer("a", MatchStrength.SOLID_MATCH),
                importer("b", MatchStrength.SOLID_MATCH)), Lists.immutable.empty(), Lists.immutable.empty());
        assertThatThrownBy(() -> plugins.detect(input()))
                .isInstanceOf(PluginException.class)
                .hasMessage("several importers claim x.txt (a, b); choose one with --from");
    }

    @Test
    void nothingMatchingSaysHowToChoose() {
        Plugins plugins = Plugins.of(Lists.immutable.of(importer("a", MatchStrength.NO_MATCH)),
                Lists.immutable.empty(), Lists.immutable.empty());
        assertThatThrownBy(() -> plugins.detect(input()))
                .hasMessage("no importer recognises x.txt (it looks like an empty file); choose one with --from (a)");
    }

    @Test
    void aDetectorThatThrowsIsNamedRatherThanTakenForNoMatch() {
        // Taking it for "no match" could hand the input to another importer that reads it wrongly.
        Importer broken = new FakeImporter("broken", null) {
            @Override
            public MatchStrength detect(DetectionInput input) {
                throw new IllegalStateException("bug");
            }
        };
        Plugins plugins = Plugins.of(Lists.immutable.of(broken, importer("good", MatchStrength.WEAK_MATCH)),
                Lists.immutable.empty(), Lists.immutable.empty());
        assertThatThrownBy(() -> plugins.detect(input()))
                .isInstanceOf(PluginFault.class)
                .hasMessage("the importer 'broken' (test-classes) failed while detecting x.txt: IllegalStateException: bug")
                .satisfies(e -> assertThat(((PluginFault) e).pluginId()).isEqualTo("broken"));
    }

    @Test
    void aPluginOutsideAJarHasNoVersionToClaim() {
        // The version is read from the plugin jar's manifest, never typed by hand; these test
        // classes are in no jar. PackagedJarIT checks the built-in plugins' version in podium.jar.
        assertThat(Plugins.version(importer("a", MatchStrength.NO_MATCH))).isEqualTo("unknown");
    }

    @Test
    void aSecondPluginWithATakenIdIsAFailureNotAReplacement() {
        Importer first = importer("wiki", MatchStrength.NO_MATCH);
        Plugins plugins = Plugins.of(Lists.immutable.of(first, importer("wiki", MatchStrength.FULL_MATCH)),
                Lists.immutable.empty(), Lists.immutable.empty());
        assertThat(plugins.importers()).containsExactly(first);
        assertThat(plugins.failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("uses the id 'wiki' already taken"));
    }

    @Test
    void aPluginThatFailsToLoadIsReportedAndTheOthersStillWork() {
        ClassLoader loader = new ServiceFileLoader(PluginsTest.class.getClassLoader(),
                "org.podium.spi.PluginsTest$Missing\norg.podium.spi.PluginsTest$Loadable\n");
        Plugins plugins = Plugins.load(loader);
        assertThat(plugins.importers().collect(i -> i.descriptor().id())).containsExactly("loadable");
        assertThat(plugins.failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("PluginsTest$Missing"));
    }

    @Test
    void aProviderMissingFromItsJarIsNamedWithTheJarThatListsIt(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("fast-importer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/" + Importer.class.getName()));
            out.write("# the fast importer\norg.example.FastImporter  # gone in 2.0\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                PluginsTest.class.getClassLoader())) {
            Plugins plugins = Plugins.load(loader);

            assertThat(plugins.failures()).singleElement().satisfies(f -> {
                assertThat(f.service()).isEqualTo("Importer");
                assertThat(f.message()).isEqualTo("org.example.FastImporter (fast-importer.jar) could not be loaded:"
                        + " the class is missing from fast-importer.jar, whose"
                        + " META-INF/services/org.podium.spi.Importer lists it");
                assertThat(f.cause()).isInstanceOf(ServiceConfigurationError.class);
            });
        }
    }

    /** Loaded through the service file written by {@link ServiceFileLoader}. */
    public static final class Loadable extends FakeImporter {
        public Loadable() {
            super("loadable", MatchStrength.NO_MATCH);
        }
    }

    private static DetectionInput input() {
        return new DetectionInput("x.txt", false, new byte[0], Lists.immutable.empty());
    }

    private static Importer importer(String id, MatchStrength strength) {
        return new FakeImporter(id, strength);
    }

    private static class FakeImporter implements Importer {
        private final String id;
        private final MatchStrength strength;

        FakeImporter(String id, MatchStrength strength) {
            this.id = id;
            this.strength = strength;
        }

        @Override
        public ImporterDescriptor descriptor() {
            return ImporterDescriptor.builder(id, id).mediaType("text/plain").extensions("txt").build();
        }

        @Override
        public MatchStrength detect(DetectionInput input) {
            return strength;
        }

        @Override
        public Event read(ImportRequest request) {
            throw new AssertionError("not read in these tests");
        }
    }

    /** A class loader whose only importer service file is the given text. */
    private static final class ServiceFileLoader extends ClassLoader {
        private final String services;

        ServiceFileLoader(ClassLoader parent, String services) {
            super(parent);
            this.services = services;
        }

        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
            if (name.equals("META-INF/services/" + Importer.class.getName())) {
                java.nio.file.Path file = java.nio.file.Files.createTempFile("services", ".txt");
                file.toFile().deleteOnExit();
                java.nio.file.Files.writeString(file, services);
                return java.util.Collections.enumeration(java.util.List.of(file.toUri().toURL()));
            }
            if (name.startsWith("META-INF/services/org.podium")) {
                return java.util.Collections.emptyEnumeration();
            }
            return super.getResources(name);
        }
    }
}
