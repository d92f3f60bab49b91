package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

    @Test
    void listsEveryImporterAndExporterWithTheirOptions() {
        Cli.Result result = Cli.run("plugins");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // Test classes are in no jar, so no manifest gives their version.
        assertThat(result.out().lines()).containsExactly(
                "importer\tfake\tFake races\tunknown\trace\ttest-classes",
                "\t-O fake.name-suffix=VALUE\ttext appended to the event name (any text; default: )",
                "exporter\tbroken\tAlways fails\tunknown\tbad\ttest-classes",
                "\t-O broken.mode=VALUE\thow it fails (export, bug, disk, memory, stack; default: export)",
                "exporter\tdir\tA folder\tunknown\t-\ttest-classes",
                "exporter\ttxt\tPlain text\tunknown\ttxt\ttest-classes",
                "\t-O txt.greeting=VALUE\tthe first word (any text; default: hello)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void reportsAPluginThatFailsToLoadOnStderrAndListsTheOthers(@TempDir Path dir) throws IOException {
        writeJar(dir.resolve("broken-plugin.jar"), "org.example.Missing");

        Cli.Result result = Cli.run("plugins", "--plugins", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("exporter\ttxt");
        assertThat(result.err()).contains("podium: a plugin could not be loaded (Exporter):")
                .contains("org.example.Missing");
    }

    @Test
    void aMissingPluginsFolderIsAUsageError(@TempDir Path dir) {
        Cli.Result result = Cli.run("plugins", "--plugins", dir.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("--plugins: no such folder: " + dir.resolve("nowhere"));
    }

    private static void writeJar(Path jar, String exporterClass) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/org.podium.spi.Exporter"));
            out.write((exporterClass + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
