package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code podium} script at the root gives the JVM a default heap unless the user gave one, and
 * passes {@code JAVA_OPTS} and {@code PODIUM_OPTS} on. Run with a stand-in {@code java} that prints
 * its arguments, so what the script would start is seen without starting it.
 */
class PodiumScriptIT {

    private static final Path SCRIPT = Path.of("..", "podium").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path bin;

    @BeforeEach
    void standIns() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "no bash here");
        bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        // The jar is fresh in `mvn verify`; were it not, the script must not start a build inside a test.
        executable(bin.resolve("mvn"), "#!/bin/sh\necho 'stale jar' >&2\nexit 1\n");
    }

    @Test
    void aDefaultHeapAndCollectorUnlessTheUserGaveThem() throws Exception {
        assertThat(javaArguments(Map.of()))
                .containsExactly("-XX:+UseSerialGC", "-XX:NewRatio=5", "-Xms64m", "-Xmx512m", "-jar", jar(),
                        "--version");
        assertThat(javaArguments(Map.of("JAVA_OPTS", "-XX:+UseG1GC -Xms1g")))
                .containsExactly("-Xmx512m", "-XX:+UseG1GC", "-Xms1g", "-jar", jar(), "--version");
    }

    @Test
    void javaOptsAndPodiumOptsArePassedOnAndTheirHeapWins() throws Exception {
        assertThat(javaArguments(Map.of("JAVA_OPTS", "-Xmx3g -Dpodium.test=1")))
                .containsExactly("-XX:+UseSerialGC", "-XX:NewRatio=5", "-Xmx3g", "-Dpodium.test=1", "-jar", jar(),
                        "--version");
        assertThat(javaArguments(Map.of("JAVA_OPTS", "-Dpodium.test=*", "PODIUM_OPTS", "-Xss64m")))
                .as("an option with '*' is not a file pattern")
                .containsExactly("-XX:+UseSerialGC", "-XX:NewRatio=5", "-Xms64m", "-Xmx512m", "-Dpodium.test=*",
                        "-Xss64m", "-jar", jar(), "--version");
        assertThat(javaArguments(Map.of("PODIUM_OPTS", "-XX:MaxRAMPercentage=80")))
                .containsExactly("-XX:+UseSerialGC", "-XX:NewRatio=5", "-XX:MaxRAMPercentage=80", "-jar", jar(),
                        "--version");
    }

    @Test
    void aHeapGivenThroughTheJvmsOwnVariablesIsKept() throws Exception {
        assertThat(javaArguments(Map.of("JDK_JAVA_OPTIONS", "-Xmx1g -XX:+UseParallelGC")))
                .containsExactly("-jar", jar(), "--version");
    }

    @Test
    void theClassDataArchiveIsMadeOnceBesideTheJarAndUsedQuietly() throws Exception {
        Path archive = SCRIPT.getParent().resolve("app/target/podium.jsa");
        Files.deleteIfExists(archive);

        List<String> first = realRun();
        assertThat(archive).as("trained on the bundled sample after the jar changed").isNotEmptyFile();
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(Path.of(jar())));
        List<String> second = realRun();

        assertThat(first).as("nothing of the JVM's own on stdout").containsExactly(second.get(0));
        assertThat(second).singleElement().asString().startsWith("podium ");
    }

    private List<String> realRun() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "--version").directory(dir.toFile());
        builder.environment().remove("PODIUM_NO_CDS");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("PODIUM_OPTS");
        Path out = dir.resolve("real-out.txt");
        Path err = dir.resolve("real-err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Assumptions.assumeFalse(stderr.contains("building"), "the jar is older than the sources: not a `mvn verify` run");
        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr).isEmpty();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private List<String> javaArguments(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "--version").directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.remove("JAVA_OPTS");
        env.remove("PODIUM_OPTS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.putAll(environment);
        // The class-data archive is tried with the real java below.
        env.put("PODIUM_NO_CDS", "1");
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Assumptions.assumeFalse(stderr.contains("stale jar"), "the jar is older than the sources: not a `mvn verify` run");
        assertThat(process.exitValue()).as(stderr).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String jar() {
        return SCRIPT.getParent().resolve("app/target/podium.jar").toString();
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
