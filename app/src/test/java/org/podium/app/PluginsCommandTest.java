package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

    @Test
    void listsEveryImporterAndExporterWithTheirOptions() {
        Cli.Result result = Cli.run("plugins");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // Test classes are in no jar, so no manifest gives their version.
        assertThat(result.out().lines()).containsExactly(
                "importer\tfake\tFake races\tunknown\trace\t-\ttest-classes",
                "\t-O fake.name-suffix=VALUE\ttext appended to the event name (any text; default: )",
                "exporter\tbroken\tAlways fails\tunknown\tbad\t-\ttest-classes",
                "\t-O broken.mode=VALUE\thow it fails (export, bug, disk, memory, stack; default: export)",
                "exporter\tdir\tA folder\tunknown\t-\t-\ttest-classes",
                "exporter\ttxt\tPlain text\tunknown\ttxt\t-\ttest-classes",
                "\t-O txt.greeting=VALUE\tthe first word (any text; default: hello)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void reportsAPluginThatFailsToLoadOnStderrAndListsTheOthers(@TempDir Path dir) throws IOException {
        writeJar(dir.resolve("broken-plugin.jar"), "org.example.Missing");

        Cli.Result result = Cli.run("plugins", "--plugins", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("exporter\ttxt");
        assertThat(result.err()).contains("podium: warning: a plugin could not be loaded (Exporter):")
                .contains("org.example.Missing");
    }

    @Test
    void aServiceFileListingAClassMissingFromItsJarNamesTheJarAndTheClass(@TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        writeJar(plugins.resolve("results-exporter-1.2.jar"), "org.example.results.JsonExporter");
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\n");

        Cli.Result listed = Cli.run("plugins", "--plugins", plugins.toString());
        Cli.Result converted = Cli.run("convert", "--plugins", plugins.toString(), "--to", "txt", "--out",
                dir.resolve("out").toString(), race.toString());

        String failure = "a plugin could not be loaded (Exporter): org.example.results.JsonExporter"
                + " (results-exporter-1.2.jar) could not be loaded: the class is missing from"
                + " results-exporter-1.2.jar, whose META-INF/services/org.podium.spi.Exporter lists it\n";
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("exporter\ttxt");
        assertThat(listed.err()).as("a warning, as convert says it").isEqualTo("podium: warning: " + failure);
        assertThat(converted.exitCode()).as(converted.err()).isZero();
        assertThat(converted.err()).startsWith("podium: warning: " + failure).contains("(0 errors, 1 warning)");
    }

    @Test
    void aMissingPluginsFolderIsAUsageError(@TempDir Path dir) {
        Cli.Result result = Cli.run("plugins", "--plugins", dir.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("--plugins: no such folder: " + dir.resolve("nowhere"));
    }

    @Test
    void aPluginJarThatIsNotAZipIsAWarningNamingItAndCounted(@TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path notAJar = Files.writeString(plugins.resolve("results-exporter.jar"), "<html>404 Not Found</html>");
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\n");

        Cli.Result result = Cli.run("convert", "--plugins", plugins.toString(), "--to", "txt", "--out",
                dir.resolve("out").toString(), race.toString());
        Cli.Result strict = Cli.run("convert", "--strict", "--plugins", plugins.toString(), "--to", "txt", "--out",
                dir.resolve("out").toString(), race.toString());
        Cli.Result listed = Cli.run("plugins", "--plugins", plugins.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("podium: warning: a plugin could not be loaded (jar): " + notAJar
                + " is not a zip archive (").contains("); skipped\n")
                .contains("(0 errors, 1 warning)");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.STRICT.code());
        assertThat(listed.err()).contains(notAJar + " is not a zip archive");
    }

    @Test
    void aPluginWhoseConstructorThrowsIsAWarningWithItsCauseAndItsJar(@TempDir Path dir) throws Exception {
        Path plugins = boomPlugin(dir);
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\n");

        Cli.Result result = Cli.run("convert", "--plugins", plugins.toString(), "--to", "txt", "--out",
                dir.resolve("out").toString(), race.toString());
        Cli.Result check = Cli.run("check", "--strict", "--plugins", plugins.toString(), race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains(BOOM_WARNING).contains("(0 errors, 1 warning)")
                .as("the stack trace only with --verbose").doesNotContain("\tat ", "java.lang.IllegalStateException");
        assertThat(check.err()).contains(BOOM_WARNING);
        assertThat(check.exitCode()).as("a warning, for --strict").isEqualTo(ExitCode.STRICT.code());
    }

    @Test
    void verboseShowsTheStackTraceOfAPluginWhoseConstructorThrows(@TempDir Path dir) throws Exception {
        Path plugins = boomPlugin(dir);
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\n");

        Cli.Result convert = Cli.run("convert", "--verbose", "--plugins", plugins.toString(), "--to", "txt",
                "--out", dir.resolve("out").toString(), race.toString());
        Cli.Result listed = Cli.run("plugins", "--verbose", "--plugins", plugins.toString());
        Cli.Result quiet = Cli.run("plugins", "--plugins", plugins.toString());

        // The one line, then what the constructor threw and where, as the plugin's author needs it.
        String trace = "java.lang.IllegalStateException: no licence key in ~/.boom\n"
                + "\tat boom-plugin.jar//org.example.BoomExporter.<init>(BoomExporter.java:5)\n";
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.err()).contains(BOOM_WARNING + trace);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.err()).startsWith("podium: warning: a plugin could not be loaded (Exporter): "
                + "org.example.BoomExporter (boom-plugin.jar) could not be created: "
                + "IllegalStateException: no licence key in ~/.boom\n" + trace);
        assertThat(quiet.err()).isEqualTo("podium: warning: a plugin could not be loaded (Exporter): "
                + "org.example.BoomExporter (boom-plugin.jar) could not be created: "
                + "IllegalStateException: no licence key in ~/.boom\n");
    }

    private static final String BOOM_WARNING = "podium: warning: a plugin could not be loaded (Exporter):"
            + " org.example.BoomExporter (boom-plugin.jar) could not be created: IllegalStateException: no licence"
            + " key in ~/.boom\n";

    /** A plugin folder holding {@code boom-plugin.jar}, whose exporter's constructor throws. */
    private static Path boomPlugin(Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        compileJar(plugins.resolve("boom-plugin.jar"), dir.resolve("build"), "org.example.BoomExporter", """
                package org.example;

                public final class BoomExporter implements org.podium.spi.Exporter {
                    public BoomExporter() {
                        throw new IllegalStateException("no licence key in ~/.boom");
                    }

                    public org.podium.spi.ExporterDescriptor descriptor() {
                        return null;
                    }

                    public void write(org.podium.report.Report report, org.podium.spi.ExportRequest request) {
                    }
                }
                """);
        return plugins;
    }

    @Test
    void aPluginsNameAndDescriptionCannotRewriteTheTerminal(@TempDir Path dir) throws Exception {
        // Names and descriptions come from a jar nobody checked: an escape sequence that clears the
        // screen, a line break that would pass for another plugin, a name of 5 000 characters.
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        compileJar(plugins.resolve("loud-plugin.jar"), dir.resolve("build"), "org.example.LoudExporter", """
                package org.example;

                import org.podium.spi.ExporterDescriptor;
                import org.podium.spi.PluginOption;

                public final class LoudExporter implements org.podium.spi.Exporter {
                    public ExporterDescriptor descriptor() {
                        return ExporterDescriptor.builder("loud", "Loud\\u001b[2J" + "N".repeat(5000))
                                .extensions("loud\\u001b]0;pwned\\u0007")
                                .option(PluginOption.text("note", "clears\\nthe screen\\u001b[2J", "x"))
                                .build();
                    }

                    public void write(org.podium.report.Report report, org.podium.spi.ExportRequest request) {
                    }
                }
                """);

        Cli.Result result = Cli.run("plugins", "--plugins", plugins.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotContain("\u001b", "\u0007");
        // The columns stay: the name alone is cut, so that the line keeps to 1 000 characters and its notes.
        String loud = "exporter\tloud\tLoud\\u001B[2J" + "N".repeat(922) + "… (4078 more characters)"
                + "\tunknown\tloud\\u001B]0;pwned\\u0007\t-\tloud-plugin.jar";
        assertThat(result.out().lines()).contains(loud,
                "\t-O loud.note=VALUE\tclears\\nthe screen\\u001B[2J (any text; default: x)")
                .filteredOn(line -> line.contains("loud")).hasSize(2);
        assertThat(loud).hasSize(Console.MESSAGE_LIMIT + "… (4076 more characters)".length());
    }

    /** Compiles one class against the test's class path and packs it as a plugin jar. */
    private static void compileJar(Path jar, Path build, String className, String source) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(compiler != null, "no Java compiler in this runtime");
        Path sources = Files.createDirectories(build.resolve("src"));
        Path classes = Files.createDirectories(build.resolve("classes"));
        Path file = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
                classes.toString(), file.toString());
        assertThat(status).as("the plugin compiles").isZero();
        String entry = className.replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry("META-INF/services/org.podium.spi.Exporter"));
            jarOut.write((className + "\n").getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
            jarOut.putNextEntry(new JarEntry(entry));
            jarOut.write(Files.readAllBytes(classes.resolve(entry)));
            jarOut.closeEntry();
        }
    }

    private static void writeJar(Path jar, String exporterClass) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/org.podium.spi.Exporter"));
            out.write((exporterClass + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
