package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.podium.launcher.Leftovers;

/**
 * Issue 11, "nothing silent": stdout that cannot be written, memory and stack running out, a
 * full disk under one exporter. Each ends in one line and exit 1, never exit 0 after a failed
 * write, never a JVM trace; the outputs that could be written are.
 */
class HostileOutputTest {

    private static final String SLUG = "dakar-2002";

    @TempDir
    Path dir;

    @Test
    void generateToAFullDiskIsExitOneNamingStdout() throws IOException {
        try (OutputStream full = fullDisk()) {
            Cli.Result result = Cli.runAsMainTo(full, "generate");

            assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
            assertThat(result.err()).isEqualTo("podium: cannot write to stdout: No space left on device\n");
        }
    }

    @Test
    void checkAsCsvToAFullDiskIsExitOne() throws IOException {
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");
        try (OutputStream full = fullDisk()) {
            Cli.Result result = Cli.runAsMainTo(full, "check", "--format", "csv", race.toString());

            assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
            assertThat(result.err()).endsWith("podium: cannot write to stdout: No space left on device\n")
                    .doesNotContain("internal error", "\tat ");
        }
    }

    @Test
    void helpToAFullDiskIsExitOneToo() throws IOException {
        try (OutputStream full = fullDisk()) {
            Cli.Result result = Cli.runAsMainTo(full, "generate", "--help");

            assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
            assertThat(result.err()).isEqualTo("podium: cannot write to stdout: No space left on device\n");
        }
    }

    @Test
    void aClosedPipeStopsTheGeneratorAtOnceAndQuietly() {
        ClosingPipe pipe = new ClosingPipe(1024);

        // Seconds of rows are still to come when the pipe closes, after the first kilobyte.
        Cli.Result result = Cli.runAsMainTo(pipe, "generate", "--entries", "100000", "--stages", "30");

        assertThat(result.exitCode()).as("never 0 after a failed write").isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).as("a closed pipe is the reader's choice, as for any Unix tool").isEmpty();
        // Stopped at the first failed write: no second attempt. (How fast is for bench/, not for a test.)
        assertThat(pipe.writesAfterClosing).as("nothing is tried after the pipe closed").isZero();
    }

    @Test
    void aFullDiskUnderOneExporterFailsThatOutputAndTheOthersAreWritten() throws IOException {
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(SLUG + ".bad"), "the previous good bulletin");

        Cli.Result result = Cli.run("convert", "--to", "broken,txt", "-O", "broken.mode=disk", "--out",
                out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("podium: dakar.race: broken: cannot write " + out.resolve(SLUG + ".bad")
                + ": No space left on device\n").doesNotContain("internal error", "\tat ");
        assertThat(out.resolve(SLUG + ".txt")).exists();
        assertThat(out.resolve(SLUG + ".bad")).hasContent("the previous good bulletin");
        assertThat(listing(out)).containsExactlyInAnyOrder(SLUG + ".bad", SLUG + ".txt");
    }

    @Test
    void anExporterOutOfMemoryIsOneLineSayingHowMuchThereWasAndHowToGiveMore() throws IOException {
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "broken,txt", "-O", "broken.mode=memory", "--out",
                out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err().lines().filter(l -> l.contains("memory"))).singleElement().asString()
                .startsWith("podium: dakar.race: broken: " + SLUG + ".bad not written: out of memory (Java heap space;"
                        + " the Java heap may grow to ")
                .contains("give Podium more memory, e.g. JAVA_OPTS=-Xmx")
                .contains(" ./podium … or java -Xmx")
                .doesNotContain("failed while writing");
        assertThat(result.err()).doesNotContain("\tat ", "Exception in thread");
        assertThat(out.resolve(SLUG + ".txt")).as("the next exporter still ran").exists();
        assertThat(listing(out)).containsExactly(SLUG + ".txt");
    }

    @Test
    void aStackOverflowSaysHowToGiveAStack() throws IOException {
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");

        Cli.Result result = Cli.run("convert", "--to", "broken", "-O", "broken.mode=stack", "--out",
                dir.resolve("out").toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("not written: stack overflow: the input nests too deeply for the stack",
                "give Podium a larger stack, e.g. JAVA_OPTS=-Xss64m ./podium … or java -Xss64m -jar podium.jar …");
    }

    @Test
    void anImporterOutOfMemoryFailsItsInputAndTheNextIsConverted() throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.race"), "FAKE-RACE Huge\nout of memory\n");
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "txt", "--out", out.toString(), huge.toString(),
                race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("podium: huge.race: not read: out of memory (Java heap space; the Java heap"
                + " may grow to ").doesNotContain("failed while reading", "\tat ");
        assertThat(out.resolve(SLUG + ".txt")).exists();
    }

    @Test
    void memoryRunningOutOutsideAnyPluginIsOneLineAndExitOne() {
        StringBuilder err = new StringBuilder();
        int code = Guard.run(new Console(new java.io.PrintWriter(new ByteArrayOutputStream()),
                new java.io.PrintWriter(new java.io.Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        err.append(chars, offset, length);
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                }), false, false), () -> {
                    throw new OutOfMemoryError("Java heap space");
                });

        assertThat(code).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(err.toString()).startsWith("podium: out of memory (Java heap space; the Java heap may grow to ")
                .contains("; give Podium more memory").hasLineCount(1);
    }

    @Test
    void whatAKilledRunLeftInTheOutputFolderIsRemovedBeforeWritingAndSaid() throws Exception {
        Path race = Files.writeString(dir.resolve("dakar.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        // A work folder as this process makes them, given the id of a process that has ended.
        Path ours = Leftovers.create(out.resolve(SLUG + ".txt"));
        Path leftover = Files.move(ours, ours.resolveSibling(ours.getFileName().toString()
                .replace(".podium-" + ProcessHandle.current().pid() + "-", ".podium-" + ended.pid() + "-")));
        Files.createDirectories(leftover.resolve("scratch"));
        Files.writeString(leftover.resolve("output"), "half a bulletin");

        Cli.Result result = Cli.run("convert", "--to", "txt", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("podium: removed " + leftover + ", left by an interrupted run\n");
        assertThat(listing(out)).containsExactly(SLUG + ".txt");
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenIsExitOneNamingItNotAnInternalError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("tmp"), "a file where the temporary folder should be");
        String before = System.getProperty("java.io.tmpdir");
        Cli.Result result;
        try {
            System.setProperty("java.io.tmpdir", notAFolder.toString());
            result = Cli.run("check", "--from", "fake");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).endsWith("podium: cannot copy the bundled sample into the temporary folder "
                + notAFolder + ": Not a directory\n").doesNotContain("internal error");
    }

    @ParameterizedTest
    @ValueSource(ints = {240, 300})
    void aLongEventNameWritesEveryOutputUnder255Bytes(int length) throws IOException {
        String name = ("Rallye Aïcha des Gazelles " + "x".repeat(length)).substring(0, length);
        Path race = Files.writeString(dir.resolve("long.race"), "FAKE-RACE " + name + "\ncategory: cars\nstage: 1\n");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "txt,dir", "--out", out.toString(), race.toString());
        Cli.Result filtered = Cli.run("convert", "--to", "txt,dir", "--category", "cars", "--stage", "1", "--lang",
                "fr", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(filtered.exitCode()).as(filtered.err()).isZero();
        assertThat(listing(out)).hasSize(4).allSatisfy(file -> {
            assertThat(file).startsWith("rallye-aicha-des-gazelles-xxx");
            assertThat(file.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(110);
        });
    }

    @Test
    void aCyrillicEventNameIsTransliteratedNotCalledEvent() throws IOException {
        Path race = Files.writeString(dir.resolve("silk.race"), "FAKE-RACE Ралли «Шёлковый путь» 2009\n");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "txt", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(listing(out)).containsExactly("ralli-shelkovyy-put-2009.txt");
    }

    /** {@code /dev/full} where there is one, else a stream that fails as it does. */
    private static OutputStream fullDisk() throws IOException {
        Path devFull = Path.of("/dev/full");
        if (Files.isWritable(devFull)) {
            return new FileOutputStream(devFull.toFile());
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
    }

    /** A pipe whose reader goes away after {@code open} bytes, as {@code | head -1} does. */
    private static final class ClosingPipe extends OutputStream {
        private int open;
        private boolean closed;
        int writesAfterClosing;

        ClosingPipe(int open) {
            this.open = open;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                writesAfterClosing++;
                throw new IOException("Broken pipe");
            }
            if (length > open) {
                closed = true;
                throw new IOException("Broken pipe");
            }
            open -= length;
        }
    }

    private static java.util.List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
