package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.spi.Exporter;
import org.podium.spi.Plugins;

/**
 * Issue 11, "kill -9 leaves files nothing cleans": work folders are named after their target and
 * their run, and a later run removes those of runs that are gone, never a running one's, and puts
 * back a previous output a killed run had moved aside.
 */
class LeftoversTest {

    private static final DocumentOptions OPTIONS =
            DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aWorkFolderIsNamedAfterItsTargetAndItsRun() throws IOException {
        Path work = Leftovers.create(dir.resolve("2002-arras-madrid-dakar-rally.xlsx"));

        assertThat(work.getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(work.getFileName().toString()).matches("\\.2002-arras-madrid-dakar-rally\\.xlsx\\.podium-"
                + Leftovers.PID + "-" + Leftovers.HOST + "-[0-9a-f]{8}");
        assertThat(work).isDirectory();
    }

    @Test
    void aLongTargetNameIsCutInItsWorkFolderNameNeverPastTheFileSystemLimit() throws IOException {
        String name = "é".repeat(120) + ".xlsx";
        assertThat(Leftovers.bytes(name)).isEqualTo(245);

        Path work = Leftovers.create(dir.resolve(name));

        assertThat(Leftovers.bytes(work.getFileName().toString())).isLessThanOrEqualTo(255);
        assertThat(work.getFileName().toString()).startsWith(".éé").contains(".podium-" + Leftovers.PID + "-");
        assertThat(Leftovers.sweep(dir)).as("its own run's: never touched").isEmpty();
    }

    @Test
    void theWorkFolderOfAProcessThatIsGoneIsRemovedAndSaid() throws Exception {
        long dead = deadPid();
        Path leftover = work("results.xlsx", dead, Leftovers.HOST);
        Files.writeString(leftover.resolve(Leftovers.OUTPUT), "half a workbook");
        Files.createDirectories(leftover.resolve(Leftovers.SCRATCH));
        Files.writeString(leftover.resolve(Leftovers.SCRATCH).resolve("poi-sxssf-sheet1.gz"), "the event's data");

        List<Leftovers.Cleaned> cleaned = Leftovers.sweep(dir);

        assertThat(cleaned).singleElement().satisfies(c -> {
            assertThat(c.leftover()).isEqualTo(leftover);
            assertThat(c.restored()).isNull();
            assertThat(c.describe()).isEqualTo("removed " + leftover + ", left by an interrupted run");
        });
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aRunningRunsWorkFolderIsNeverTouched() throws Exception {
        Path ours = work("a.md", Leftovers.PID, Leftovers.HOST);
        Path theirs = work("b.md", ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow(),
                Leftovers.HOST);

        assertThat(Leftovers.sweep(dir)).isEmpty();
        assertThat(ours).isDirectory();
        assertThat(theirs).as("the parent process runs, and started before it").isDirectory();
    }

    @Test
    void aPidTakenByAProcessStartedLaterIsNotTheMaker() throws Exception {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Instant started = ProcessHandle.of(parent).flatMap(p -> p.info().startInstant()).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(started != null, "no start times on this system");
        Path leftover = work("c.md", parent, Leftovers.HOST);
        age(leftover, Duration.between(started.minus(Duration.ofHours(2)), Instant.now()));

        assertThat(Leftovers.sweep(dir)).singleElement().extracting(Leftovers.Cleaned::leftover).isEqualTo(leftover);
    }

    @Test
    void anotherMachinesWorkFolderWaitsForTheGracePeriod() throws Exception {
        String elsewhere = Leftovers.HOST.equals("0000") ? "0001" : "0000";
        Path fresh = work("d.md", 4242, elsewhere);
        Path old = work("e.md", 4243, elsewhere);
        age(old, Leftovers.GRACE.plusMinutes(5));

        assertThat(Leftovers.sweep(dir)).extracting(Leftovers.Cleaned::leftover).containsExactly(old);
        assertThat(fresh).isDirectory();
    }

    @Test
    void aPreviousOutputAKilledRunHadMovedAsideIsPutBack() throws Exception {
        Path leftover = work("package", deadPid(), Leftovers.HOST);
        Files.createDirectories(leftover.resolve(Leftovers.PREVIOUS));
        Files.writeString(leftover.resolve(Leftovers.PREVIOUS).resolve("results.csv"), "yesterday's results");
        Files.writeString(leftover.resolve(Leftovers.TARGET), "package");

        List<Leftovers.Cleaned> cleaned = Leftovers.sweep(dir);

        assertThat(dir.resolve("package").resolve("results.csv")).hasContent("yesterday's results");
        assertThat(leftover).doesNotExist();
        assertThat(cleaned).singleElement().extracting(Leftovers.Cleaned::describe).asString()
                .startsWith("put back " + dir.resolve("package") + ", which an interrupted run had moved aside");
    }

    @Test
    void aPreviousOutputIsDroppedWhenTheNewOneIsAlreadyInPlace() throws Exception {
        Path leftover = work("package", deadPid(), Leftovers.HOST);
        Files.createDirectories(leftover.resolve(Leftovers.PREVIOUS));
        Files.writeString(leftover.resolve(Leftovers.TARGET), "package");
        Files.createDirectories(dir.resolve("package"));
        Files.writeString(dir.resolve("package").resolve("results.csv"), "today's results");

        assertThat(Leftovers.sweep(dir)).singleElement().extracting(Leftovers.Cleaned::restored).isNull();
        assertThat(dir.resolve("package").resolve("results.csv")).hasContent("today's results");
    }

    @Test
    void whatEarlierVersionsLeftGoesAfterTheGracePeriod() throws Exception {
        Path oldFile = Files.writeString(dir.resolve(".results.xlsx.tmp-1a2b3c4d"), "half");
        Path oldFolder = Files.createDirectories(dir.resolve(".package.old-0badc0de"));
        Files.writeString(oldFolder.resolve("results.csv"), "the only copy");
        Path recent = Files.writeString(dir.resolve(".results.md.tmp-00112233"), "half");
        age(oldFile, Duration.ofHours(3));
        age(oldFolder, Duration.ofHours(3));

        Leftovers.sweep(dir);

        assertThat(oldFile).doesNotExist();
        assertThat(dir.resolve("package").resolve("results.csv")).as("a previous folder is put back")
                .hasContent("the only copy");
        assertThat(recent).as("may be a running export's").exists();
    }

    @Test
    void nothingElseIsEverTouched() throws Exception {
        List<Path> others = List.of(Files.writeString(dir.resolve(".gitignore"), "out/"),
                Files.writeString(dir.resolve(".notes.podium-draft"), "mine"),
                Files.writeString(dir.resolve("results.podium-1-abcd-12345678"), "not hidden"),
                Files.createDirectories(dir.resolve(".cache")));
        for (Path other : others) {
            age(other, Duration.ofDays(3));
        }

        assertThat(Leftovers.sweep(dir)).isEmpty();
        assertThat(others).allSatisfy(p -> assertThat(p).exists());
    }

    @Test
    void aConversionSweepsItsOutputFolderFirstAndSaysWhatItRemoved() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path leftover = work("out", "a.txt", deadPid());
        Path race = Files.writeString(dir.resolve("a.race"), "A\n");
        List<Leftovers.Cleaned> heard = new java.util.ArrayList<>();
        Launcher launcher = new Launcher(Plugins.of(Lists.immutable.of(new TestPlugins.RaceImporter()),
                Lists.immutable.<Exporter>of(new TestPlugins.EchoExporter(), new TestPlugins.FolderExporter()),
                Lists.immutable.empty()));

        launcher.convert(ConversionRequest.builder(out, OPTIONS).build(), List.of(Input.of(race)),
                new ConversionListener() {
                    @Override
                    public void cleaned(Leftovers.Cleaned leftover) {
                        heard.add(leftover);
                    }
                });

        assertThat(heard).extracting(Leftovers.Cleaned::leftover).containsExactly(leftover);
        assertThat(listing(out)).containsExactlyInAnyOrder("a.txt", "a");
    }

    @Test
    void anExportGivesItsExporterAScratchFolderInItsWorkFolderAndRemovesBoth() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> scratches = new java.util.ArrayList<>();
        TestPlugins.EchoExporter spill = new TestPlugins.EchoExporter() {
            @Override
            public void write(org.podium.report.Report report, org.podium.spi.ExportRequest request)
                    throws IOException {
                Path scratch = request.scratch().orElseThrow();
                scratches.add(scratch);
                Files.writeString(scratch.resolve("spill.gz"), "rows");
                super.write(report, request);
            }
        };
        Path race = Files.writeString(dir.resolve("a.race"), "A\n");
        new Launcher(Plugins.of(Lists.immutable.of(new TestPlugins.RaceImporter()), Lists.immutable.<Exporter>of(spill),
                Lists.immutable.empty())).convert(ConversionRequest.builder(out, OPTIONS).build(),
                List.of(Input.of(race)), new ConversionListener() { });

        assertThat(scratches).singleElement().satisfies(s -> {
            assertThat(s.getParent().getFileName().toString()).startsWith(".a.txt.podium-" + Leftovers.PID + "-");
            assertThat(s.getParent().getParent()).isEqualTo(out.toAbsolutePath());
        });
        assertThat(listing(out)).containsExactly("a.txt");
    }

    private Path work(String target, long pid, String host) throws IOException {
        return work(".", target, pid, host);
    }

    private Path work(String folder, String target, long pid) throws IOException {
        return work(folder, target, pid, Leftovers.HOST);
    }

    private Path work(String folder, String target, long pid, String host) throws IOException {
        return Files.createDirectories(dir.resolve(folder).normalize()
                .resolve("." + target + ".podium-" + pid + "-" + host + "-0123abcd"));
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(1, TimeUnit.MINUTES);
        long pid = process.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return pid;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void age(Path path, Duration age) throws IOException {
        FileTime then = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, then);
            }
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
