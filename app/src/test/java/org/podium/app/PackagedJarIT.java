package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;

/** Runs the packaged {@code podium.jar} as a user would, with the real built-in plugins. */
class PackagedJarIT {

    private static final String SLUG = "2002-arras-madrid-dakar-rally";

    @TempDir
    Path dir;

    @Test
    void convertsTheBundledSampleWithTheBuiltInPlugins() throws Exception {
        Path out = dir.resolve("out");

        Run run = podium("convert", "--out", out.toString(), "--issued-at", "2002-01-13T18:00:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("No input given: converting the bundled sample, the 2002 Dakar Rally article");
        assertOnlyPodiumMessages(run.err());
        assertThat(run.out().lines()).contains(out.resolve(SLUG + ".md").toString(), out.resolve(SLUG).toString());
        assertThat(out.resolve(SLUG + ".md")).content(StandardCharsets.UTF_8).contains("Masuoka", "46:11:30");
        Path dataPackage = out.resolve(SLUG);
        assertThat(dataPackage.resolve("datapackage.json")).isRegularFile();
        assertThat(allText(dataPackage)).contains("Masuoka", "46:11:30");
        assertThat(out.resolve(SLUG + ".pdf")).isRegularFile();
        assertThat(listing(out)).as("no temporary file is left").allMatch(name -> !name.startsWith("."))
                .contains(SLUG + ".md", SLUG, SLUG + ".pdf", SLUG + "-bikes-positions.svg", SLUG + "-trucks-wins.svg");
        // The Markdown document's chart pictures go with it; the document is the output printed.
        assertThat(listing(out)).as("one output per path printed, and the document's pictures")
                .filteredOn(name -> !isChart(name)).hasSize((int) run.out().lines().count());
    }

    @Test
    void sameIssuedAtGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        assertThat(podium("convert", "--to", "md", "--out", first.toString(), "--issued-at", "2002-01-13T18:00:00Z")
                .exitCode()).isZero();
        assertThat(podium("convert", "--to", "md", "--out", second.toString(), "--issued-at", "2002-01-13T18:00:00Z")
                .exitCode()).isZero();

        assertThat(first.resolve(SLUG + ".md")).hasSameBinaryContentAs(second.resolve(SLUG + ".md"));
        assertThat(podium("convert", "--to", "pdf", "--out", first.toString(), "--issued-at", "2002-01-13T18:00:00Z")
                .exitCode()).isZero();
        assertThat(podium("convert", "--to", "pdf", "--out", second.toString(), "--issued-at", "2002-01-13T18:00:00Z")
                .exitCode()).isZero();
        assertThat(first.resolve(SLUG + ".pdf")).hasSameBinaryContentAs(second.resolve(SLUG + ".pdf"));
    }

    @Test
    void listsTheBuiltInPlugins() throws Exception {
        Run run = podium("plugins");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("importer\twiki\t", "exporter\tmd\t", "exporter\tcsv\t", "exporter\tpdf\t");
        assertThat(run.out().lines().filter(l -> !l.startsWith("\t")))
                .allSatisfy(line -> assertThat(line).as("built for this Podium's plugin interface")
                        .endsWith("\t" + org.podium.spi.SpiVersion.CURRENT + "\tbuilt-in"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theBuiltInPluginsTakeTheirVersionFromTheJarsManifest() throws Exception {
        Run run = podium("plugins");

        String version = run.out().lines().filter(l -> l.startsWith("exporter\tpdf\t")).findFirst().orElseThrow()
                .split("\t")[3];
        assertThat(version).isEqualTo(podium("--version").out().strip().replace("podium ", ""))
                .isNotEqualTo("unknown");
        assertThat(run.out()).contains("\t-O pdf.paper=VALUE\tpage size, portrait (a4, letter; default: a4)");
    }

    @Test
    void aCategoryTheArticleLacksIsOneMessageAndExitTwo() throws Exception {
        Run run = podium("convert", "--category", "quadz", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err().lines().filter(l -> l.contains("quadz"))).containsExactly(
                "podium: 2002-dakar-rally.txt: no category 'quadz' in this event; its categories are bikes, cars, trucks");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPaperThePdfDoesNotKnowIsExitTwoBeforeAnyWork() throws Exception {
        Run run = podium("convert", "-O", "pdf.paper=a3", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).startsWith("podium: -O pdf.paper=a3: 'a3' is not a value of pdf.paper; allowed: a4, letter\n");
        assertThat(dir.resolve("out")).doesNotExist();
        assertOnlyPodiumMessages(run.err());
    }

    @Test
    void aMistakeIsAMessageNotAStackTrace() throws Exception {
        Run run = podium("convert", "--to", "nope", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no exporter 'nope'; available: csv, md");
        assertOnlyPodiumMessages(run.err());
    }

    @Test
    void generatesAUtf8SheetWhateverThePlatformCharset() throws Exception {
        String expected = new TimingSheetGenerator(new GeneratorSettings(40, 3, 7)).writeToString();

        Run run = podium(List.of("-Dfile.encoding=US-ASCII"), "generate", "--entries", "40", "--stages", "3",
                "--seed", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void generateToAFullDiskIsExitOneInOneLine() throws Exception {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(devFull), "no /dev/full on this system");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command(List.of(), "generate")).directory(dir.toFile())
                .redirectOutput(devFull.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(stderr).hasContent("podium: cannot write to stdout: No space left on device");
    }

    @Test
    void aClosedPipeStopsTheGeneratorPromptlyAndQuietly() throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command(List.of(), "generate", "--entries", "100000", "--stages", "30"))
                .directory(dir.toFile()).redirectError(stderr.toFile()).start();
        String first;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            first = out.readLine();
        }
        long closed = System.nanoTime();
        // As `| head -1` does: the reader reads a line and goes away.
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - closed);
        if (!ended) {
            process.destroyForcibly();
        }

        assertThat(first).isEqualTo("# event: Podium Generated Rally 1");
        assertThat(ended).as("the generator stops when the pipe closes, not after 100 000 crews").isTrue();
        assertThat(seconds).isLessThan(10);
        assertThat(process.exitValue()).as("never 0 after a failed write").isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(stderr).as("quietly, as Unix tools end on a closed pipe").isEmptyFile();
    }

    @Test
    void runningOutOfMemoryIsOneLineWithTheHeapAndHowToGiveMore() throws Exception {
        Path sheet = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            new TimingSheetGenerator(new GeneratorSettings(20_000, 12, 1)).write(out);
        }

        Run run = podium(List.of("-Xmx64m"), "convert", sheet.toString(), "--to", "md", "--out",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("out of memory (", "the Java heap may grow to 64 MiB)",
                "give Podium more memory, e.g. JAVA_OPTS=-Xmx1g ./podium … or java -Xmx1g -jar podium.jar …");
        assertThat(run.err().lines().filter(l -> l.contains("memory"))).hasSize(1);
        assertOnlyPodiumMessages(run.err());
        assertThat(run.err()).doesNotContain("OutOfMemoryError", "Exception in thread");
    }

    @Test
    void killedDuringAWorkbookTheNextRunLeavesNoLeftoversAndThePreviousOutputStays() throws Exception {
        Path sheet = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            new TimingSheetGenerator(new GeneratorSettings(5_000, 15, 1)).write(out);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        Path previous = Files.writeString(out.resolve("podium-generated-rally-1.xlsx"), "yesterday's workbook");
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Process export = new ProcessBuilder(command(List.of("-Djava.io.tmpdir=" + temporary), "convert",
                sheet.toString(), "--to", "xlsx", "--out", out.toString()))
                .directory(dir.toFile()).redirectOutput(dir.resolve("export.out").toFile())
                .redirectError(dir.resolve("export.err").toFile()).start();
        Path work = null;
        for (int i = 0; i < 2_400 && work == null && export.isAlive(); i++) {
            Thread.sleep(50);
            work = listing(out).stream().filter(n -> n.startsWith(".") && n.contains(".podium-"))
                    .map(out::resolve).filter(w -> !listingOrEmpty(w.resolve("scratch")).isEmpty())
                    .findFirst().orElse(null);
        }
        assertThat(work).as("the export reached the workbook's spill files").isNotNull();
        // kill -9: nothing of Podium's runs after it.
        export.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

        assertThat(work).as("what a killed run leaves").isDirectory();
        assertThat(previous).as("the previous output stays intact").hasContent("yesterday's workbook");
        assertThat(listingOrEmpty(temporary)).as("no poifiles in the system's temporary folder").isEmpty();

        Run next = podium("convert", "--to", "md", "--out", out.toString());

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).contains("podium: removed " + work + ", left by an interrupted run");
        assertThat(listing(out)).filteredOn(name -> !isChart(name))
                .containsExactlyInAnyOrder("podium-generated-rally-1.xlsx", SLUG + ".md");
        assertThat(previous).hasContent("yesterday's workbook");
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenNoLongerStopsTheWorkbook() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("tmp"), "a file where the temporary folder should be");
        Path article = dir.resolve("2002-dakar-rally.txt");
        Files.copy(Path.of("..", "samples", "2002-dakar-rally.txt"), article);
        Path out = dir.resolve("out");

        Run given = podium(List.of("-Djava.io.tmpdir=" + notAFolder), "convert", article.toString(), "--out",
                out.toString());
        Run bundled = podium(List.of("-Djava.io.tmpdir=" + notAFolder), "convert", "--out", out.toString());

        assertThat(given.exitCode()).as(given.err()).isZero();
        assertThat(listing(out)).containsExactlyInAnyOrder(SLUG + ".md", SLUG, SLUG + ".pdf", SLUG + ".xlsx");
        // Java makes the charts' fonts from files in that folder: the bulletin goes out without them, and says so.
        assertThat(given.err()).contains("warning: the race charts are left out of the bulletin: cannot copy the charts'"
                + " font into the temporary folder " + notAFolder, "warning: the race charts are left out of the"
                + " document: cannot copy the charts' font into the temporary folder " + notAFolder);
        assertThat(bundled.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(bundled.err()).endsWith("podium: cannot copy the bundled sample into the temporary folder "
                + notAFolder + ": Not a directory\n");
        assertOnlyPodiumMessages(bundled.err());
    }

    private static List<String> listingOrEmpty(Path folder) {
        try {
            return Files.isDirectory(folder) ? listing(folder) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void assertOnlyPodiumMessages(String err) {
        assertThat(err).doesNotContain("Log4j", "SLF4J", "Exception", "\tat ", "WARNING:");
    }

    private Run podium(String... args) throws IOException, InterruptedException {
        return podium(List.of(), args);
    }

    private static List<String> command(List<String> jvmOptions, String... args) {
        Path jar = Path.of(System.getProperty("podium.jar", "target/podium.jar")).toAbsolutePath();
        assertThat(jar).as("mvn package builds the runnable jar").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    private Run podium(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = command(jvmOptions, args);
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("podium " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        Files.delete(stdout);
        Files.delete(stderr);
        return run;
    }

    private static String allText(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            StringBuilder text = new StringBuilder();
            for (Path file : regular) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            return text.toString();
        }
    }

    /** A picture of the race charts written beside the bundled sample's Markdown document. */
    private static boolean isChart(String name) {
        return name.startsWith(SLUG + "-") && name.endsWith(".svg");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toList());
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
