package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.spi.Exporter;
import org.podium.spi.Plugins;

class PluginSessionTest {

    @TempDir
    Path dir;

    /**
     * Two plugin jars that each bundle their own version of one class (as two plugins bundle two
     * versions of a library): in one class loader for all jars, both plugins would get the first
     * jar's; in a loader per jar each gets its own.
     */
    @Test
    void eachPluginJarSeesItsOwnClasses() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        pluginJar(folder.resolve("a-one.jar"), "one");
        pluginJar(folder.resolve("b-two.jar"), "two");

        try (PluginSession session = PluginSession.open(getClass().getClassLoader(), List.of(folder),
                Plugins::load)) {
            Plugins plugins = session.plugins();
            Exporter one = plugins.exporter("bundled-one");
            Exporter two = plugins.exporter("bundled-two");
            assertThat(one.descriptor().displayName()).isEqualTo("Bundled library one");
            assertThat(two.descriptor().displayName()).isEqualTo("Bundled library two");
            assertThat(plugins.origin(one)).isEqualTo("a-one.jar");
            assertThat(plugins.origin(two)).isEqualTo("b-two.jar");
            assertThat(plugins.failures()).as("the host's plugins are not found again through each jar").isEmpty();
            assertThat(plugins.exporters().collect(e -> e.descriptor().id()).select(id -> id.equals("echo")))
                    .as("the host's own plugins, once").hasSizeLessThanOrEqualTo(1);
        }
    }

    /**
     * A plugin says in its manifest which plugin interface it was built for: another minor version
     * (before 1.0) or another major one is refused with one line naming the jar, a matching one is
     * loaded and listed with it, one that says nothing is loaded and listed with "-".
     */
    @Test
    void aPluginBuiltForAnotherPluginInterfaceIsRefusedByName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        pluginJar(folder.resolve("a-one.jar"), "one", "0.1");
        pluginJar(folder.resolve("b-two.jar"), "two", "0.2");
        pluginJar(folder.resolve("c-three.jar"), "three", null);

        try (PluginSession session = PluginSession.open(getClass().getClassLoader(), List.of(folder),
                Plugins::load)) {
            Plugins plugins = session.plugins();
            assertThat(plugins.spiVersion(plugins.exporter("bundled-one"))).isEqualTo("0.1");
            assertThat(plugins.spiVersion(plugins.exporter("bundled-three"))).isEqualTo("-");
            assertThat(plugins.exporters().collect(e -> e.descriptor().id())).doesNotContain("bundled-two");
            assertThat(plugins.failures()).singleElement().satisfies(failure -> assertThat(failure.message())
                    .isEqualTo("org.example.BundledTwo (b-two.jar) is built for Podium's plugin interface 0.2; this"
                            + " Podium's is 0.1; skipped"));
        }
    }

    private void pluginJar(Path jar, String version) throws IOException {
        pluginJar(jar, version, null);
    }

    /**
     * A plugin jar whose exporter's name comes from a class named the same in every such jar, built
     * for {@code spi} (its manifest's Podium-SPI-Version; none when null).
     */
    private void pluginJar(Path jar, String version, String spi) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src-" + version + "/org/example"));
        Files.writeString(sources.resolve("Library.java"), "package org.example;\n"
                + "public final class Library { public static String version() { return \"" + version + "\"; } }\n");
        String exporterClass = "Bundled" + Character.toUpperCase(version.charAt(0)) + version.substring(1);
        Files.writeString(sources.resolve(exporterClass + ".java"), "package org.example;\n"
                + "import org.podium.report.Report;\nimport org.podium.spi.*;\n"
                + "public final class " + exporterClass + " implements Exporter {\n"
                + "  public ExporterDescriptor descriptor() {\n"
                + "    return ExporterDescriptor.builder(\"bundled-" + version + "\", \"Bundled library \" + Library.version())"
                + ".mediaType(\"text/plain\").extensions(\"txt\").build();\n  }\n"
                + "  public void write(Report report, ExportRequest request) {}\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes-" + version));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), sources.resolve("Library.java").toString(),
                sources.resolve(exporterClass + ".java").toString());
        assertThat(status).as("the plugin compiles").isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spi != null) {
            manifest.getMainAttributes().putValue("Podium-SPI-Version", spi);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> compiled = Files.walk(classes)) {
            for (Path c : compiled.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/org.podium.spi.Exporter"));
            out.write(("org.example." + exporterClass + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
