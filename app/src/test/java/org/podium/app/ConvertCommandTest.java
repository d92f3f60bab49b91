package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String SLUG = "dakar-2002";

    @TempDir
    Path dir;

    private Path out;
    private Path race;

    @BeforeEach
    void writeRace() throws IOException {
        out = dir.resolve("out");
        race = write("dakar.race", "FAKE-RACE Dakar 2002\ncategory: bikes\ncategory: cars\nstage: 1\nstage: 3A\n");
    }

    @Test
    void writesEachExporterOutputAndPrintsItsPath() throws IOException {
        Cli.Result result = Cli.run("convert", "--to", "txt,dir", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(
                out.resolve(SLUG + ".txt").toString(), out.resolve(SLUG).toString());
        assertThat(out.resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).contains("name=Dakar 2002");
        assertThat(out.resolve(SLUG).resolve("index.txt")).isRegularFile();
        assertThat(result.err()).contains("Converted 1 input, wrote 2 outputs to " + out + " (0 errors, 0 warnings).");
    }

    @Test
    void defaultsToEveryInstalledExporter() {
        Cli.Result result = Cli.run("convert", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).as("broken always fails").isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(out.resolve(SLUG + ".txt")).exists();
        assertThat(out.resolve(SLUG)).isDirectory();
    }

    @Test
    void filtersAddTheirPartsToTheNameInOrder() {
        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), "--lang", "fr",
                "--stage", "3A", "--category", "CARS,bikes", race.toString());

        assertThat(result.out().strip()).as("categories in the event's order")
                .isEqualTo(out.resolve(SLUG + "-bikes-cars-stage3a-fr.txt").toString());
    }

    @Test
    void languageIsInTheNameOnlyWhenGiven() throws IOException {
        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), "--category", "cars",
                race.toString());

        assertThat(result.out().strip()).isEqualTo(out.resolve(SLUG + "-cars.txt").toString());
        assertThat(out.resolve(SLUG + "-cars.txt")).content(StandardCharsets.UTF_8)
                .contains("lang=en").contains("categories=cars");
    }

    @Test
    void aCategoryOrStageTheEventLacksIsOneUsageMessageAndNothingIsWritten() {
        Cli.Result result = Cli.run("convert", "--out", out.toString(), "--category", "trucks", race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).isEqualTo("podium: dakar.race: no category 'trucks' in this event; its categories are"
                + " bikes, cars\n");
        assertThat(out).doesNotExist();

        Cli.Result stage = Cli.run("convert", "--out", out.toString(), "--stage", "17", race.toString());
        assertThat(stage.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(stage.err()).isEqualTo("podium: dakar.race: no stage '17' in this event; its stages are 1, 3A\n");
    }

    @Test
    void theScopeReachesTheExporterResolved() throws IOException {
        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), "--category", "CARS",
                "--stage", "3a", race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve(SLUG + "-cars-stage3a.txt")).as("3a names stage 3A").content(StandardCharsets.UTF_8)
                .contains("categories=cars\n", "stage=3A\n");
    }

    @Test
    void replacesAnExistingFileAndFolder() throws IOException {
        Files.createDirectories(out.resolve(SLUG));
        Files.writeString(out.resolve(SLUG + ".txt"), "old");
        Files.writeString(out.resolve(SLUG).resolve("stale.txt"), "old");

        Cli.Result result = Cli.run("convert", "--to", "txt,dir", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).startsWith("hello");
        assertThat(out.resolve(SLUG).resolve("stale.txt")).doesNotExist();
        assertThat(out.resolve(SLUG).resolve("index.txt")).exists();
        assertThat(listing(out)).containsExactlyInAnyOrder(SLUG + ".txt", SLUG);
    }

    @Test
    void aFailingExporterLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(SLUG + ".bad"), "the previous good bulletin");

        Cli.Result result = Cli.run("convert", "--to", "broken,txt", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("broken: " + SLUG + ".bad not written: the fonts cannot print this name")
                .doesNotContain("Exception");
        assertThat(out.resolve(SLUG + ".bad")).content(StandardCharsets.UTF_8).isEqualTo("the previous good bulletin");
        assertThat(result.out().strip()).as("the other exporter still ran").isEqualTo(out.resolve(SLUG + ".txt").toString());
        assertThat(listing(out)).containsExactlyInAnyOrder(SLUG + ".bad", SLUG + ".txt");
    }

    @Test
    void aPluginBugFailsOnlyItsOutputInOneLineNamingThePluginAndTheOthersAreWritten() throws IOException {
        Cli.Result result = Cli.run("convert", "--to", "broken,txt", "-O", "broken.mode=bug", "--out", out.toString(),
                race.toString());

        assertThat(result.exitCode()).as("a plugin's bug is not Podium's").isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("podium: dakar.race: " + SLUG + ".bad not written: the exporter 'broken'"
                + " (test-classes) failed while writing: IllegalStateException: a plugin bug\n")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(result.out().strip()).isEqualTo(out.resolve(SLUG + ".txt").toString());
        assertThat(listing(out)).containsExactly(SLUG + ".txt");
    }

    @Test
    void verboseShowsThePluginsStackTrace() {
        Cli.Result result = Cli.run("convert", "--verbose", "--to", "broken", "-O", "broken.mode=bug",
                "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("java.lang.IllegalStateException: a plugin bug")
                .contains("\tat org.podium.app.testplugins.FailingExporter.write");
    }

    @Test
    void aPluginOptionValueNotAllowedIsAUsageErrorBeforeAnyWork() {
        Cli.Result result = Cli.runAsMain("convert", "-O", "broken.mode=crash", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).startsWith("podium: -O broken.mode=crash: 'crash' is not a value of broken.mode;"
                + " allowed: export, bug, disk, memory, stack\n").doesNotContain("checks:");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownExporterIsAUsageErrorListingTheAvailableOnes() {
        Cli.Result result = Cli.run("convert", "--to", "pdf", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("no exporter 'pdf'; available: broken, dir, txt");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownImporterIsAUsageError() {
        Cli.Result result = Cli.run("convert", "--from", "pdf", "--out", out.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("no importer 'pdf'; available: fake");
    }

    @Test
    void aMissingInputIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("nowhere.race");

        Cli.Result result = Cli.run("convert", "--out", out.toString(), race.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("no such file: " + missing).doesNotContain("Exception");
        assertThat(out).as("nothing is converted before the inputs are known to exist").doesNotExist();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithTheShortUsage() {
        Cli.Result result = Cli.runAsMain("convert", "--colour");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).startsWith("podium: Unknown option: '--colour'")
                .contains("Usage: podium convert").doesNotContain("Exit codes");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anInputThatCannotBeReadFailsAloneAndTheRestIsConverted() throws IOException {
        Path bad = write("bad.race", "FAKE-RACE Bad\nunreadable\n");

        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), bad.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("bad.race:2:1: this race cannot be read");
        assertThat(out.resolve(SLUG + ".txt")).exists();
    }

    @Test
    void anInputNoImporterRecognisesFailsAlone() throws IOException {
        Path other = write("notes.md", "# nothing to see\n");

        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), other.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("notes.md: no importer recognises notes.md (it looks like plain text);"
                + " choose one with --from (fake)");
        assertThat(out.resolve(SLUG + ".txt")).exists();
    }

    @Test
    void errorDiagnosticsGiveExitOneButTheOutputIsWritten() throws IOException {
        Path partly = write("partly.race", "FAKE-RACE Partly\nerror: a row could not be read\n");

        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), partly.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("partly.race:2:1: error: a row could not be read");
        assertThat(out.resolve("partly.txt")).exists();
    }

    @Test
    void warningsFailOnlyWithStrict() throws IOException {
        Path warned = write("warned.race", "FAKE-RACE Warned\nwarning: a year was assumed\n");

        Cli.Result lenient = Cli.run("convert", "--to=txt", "--out", out.toString(), warned.toString());
        Cli.Result strict = Cli.run("convert", "--to=txt", "--out", out.toString(), "--strict", warned.toString());
        Cli.Result quiet = Cli.run("convert", "--to=txt", "--out", out.toString(), "--quiet", warned.toString());

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains("warned.race:2:1: warning: a year was assumed");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.STRICT.code());
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void issuedAtIsParsedWithOrWithoutAnOffset() throws IOException {
        Cli.run("convert", "--to=txt", "--out", out.resolve("utc").toString(),
                "--issued-at", "2002-01-13T18:00:00Z", race.toString());
        Cli.run("convert", "--to=txt", "--out", out.resolve("local").toString(), "--zone", "Europe/Paris",
                "--issued-at", "2002-01-13T19:00", race.toString());
        Cli.run("convert", "--to=txt", "--out", out.resolve("now").toString(), race.toString());

        assertThat(out.resolve("utc").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8)
                .contains("issuedAt=2002-01-13T18:00Z");
        assertThat(out.resolve("local").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8)
                .contains("issuedAt=2002-01-13T19:00+01:00").contains("zone=Europe/Paris");
        assertThat(out.resolve("now").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8)
                .as("the clock, in whole seconds").contains("issuedAt=2002-01-13T18:00Z");
    }

    @Test
    void aBadIssuedAtIsAUsageError() {
        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), "--issued-at", "13/01/2002",
                race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("'13/01/2002' is not an ISO-8601 date-time");
    }

    @Test
    void sharedOptionsReachTheExporter() throws IOException {
        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), "--status", "FINAL",
                "--bulletin", "7", race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8)
                .contains("status=final").contains("bulletin=7").contains("checks=false").contains("zone=Z");
    }

    @Test
    void checksCanBeForcedEitherWay() throws IOException {
        Cli.run("convert", "--to=txt", "--out", out.resolve("a").toString(), "--status=official", "--checks",
                race.toString());
        Cli.run("convert", "--to=txt", "--out", out.resolve("b").toString(), "--no-checks", race.toString());

        assertThat(out.resolve("a").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).contains("checks=true");
        assertThat(out.resolve("b").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).contains("checks=false");
    }

    @Test
    void chartsAreOnUnlessNoChartsIsGiven() throws IOException {
        Cli.run("convert", "--to=txt", "--out", out.resolve("a").toString(), race.toString());
        Cli.run("convert", "--to=txt", "--out", out.resolve("b").toString(), "--no-charts", race.toString());

        assertThat(out.resolve("a").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).contains("charts=true");
        assertThat(out.resolve("b").resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).contains("charts=false");
    }

    @Test
    void badSharedOptionValuesAreUsageErrors() {
        assertThat(Cli.run("convert", "--status", "draft").err()).contains("unknown status 'draft'");
        assertThat(Cli.run("convert", "--zone", "Mars/Olympus").err()).contains("unknown time zone 'Mars/Olympus'");
        assertThat(Cli.run("convert", "--lang", "de").err()).contains("unknown language 'de' (en, fr)");
        assertThat(Cli.run("convert", "--bulletin", "0").exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void pluginOptionsAreCheckedAndPassedWithoutTheirPrefix() throws IOException {
        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), "-O", "txt.greeting=bonjour",
                "-O", "fake.name-suffix= bis", race.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve(SLUG + "-bis.txt")).content(StandardCharsets.UTF_8).startsWith("bonjour\n");
    }

    @Test
    void unknownPluginOptionsAreUsageErrors() {
        assertThat(Cli.run("convert", "-O", "txt.colour=red", race.toString()).err())
                .contains("-O txt.colour=red: txt has no option 'colour'; its options: greeting");
        assertThat(Cli.run("convert", "-O", "dir.x=1", race.toString()).err())
                .contains("-O dir.x=1: dir has no option 'x'; it takes none");
        assertThat(Cli.run("convert", "-O", "pdf.paper=a4", race.toString()).err())
                .contains("-O pdf.paper=a4: no format 'pdf'; available: broken, dir, fake, txt");
        assertThat(Cli.run("convert", "-O", "paper=a4", race.toString()).err())
                .contains("-O paper=a4: expected FORMAT.KEY=VALUE");
        assertThat(Cli.run("convert", "-O", "txt.colour=red", race.toString()).exitCode())
                .isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void withNoInputTheBundledSampleIsConvertedAndSaidSo() throws IOException {
        Cli.Result result = Cli.run("convert", "--from", "fake", "--to", "txt", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("No input given: converting the bundled sample, the 2002 Dakar Rally"
                + " article (Wikipedia, CC BY-SA).\n");
        assertThat(result.out().strip()).isEqualTo(out.resolve("2002-arras-madrid-dakar-rally.txt").toString());
    }

    @Test
    void theEventNameReachesTheImporter() throws IOException {
        Path nameless = write("nameless.race", "\n");

        Cli.Result result = Cli.run("convert", "--from=fake", "--to=txt", "--out", out.toString(),
                "--event-name", "Rallye du Maroc 2024", nameless.toString());

        assertThat(result.out().strip()).isEqualTo(out.resolve("rallye-du-maroc-2024.txt").toString());
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path twin = write("twin.race", "FAKE-RACE Dakar 2002\n");

        Cli.Result result = Cli.run("convert", "--to=txt", "--out", out.toString(), race.toString(), twin.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("twin.race: not written to " + out.resolve(SLUG + ".txt")
                + ", which dakar.race gave already");
        assertThat(out.resolve(SLUG + ".txt")).content(StandardCharsets.UTF_8).contains("name=Dakar 2002");
    }

    @Test
    void anOutFolderThatCannotBeCreatedIsAnErrorNotABug() throws IOException {
        Path file = write("plain-file", "not a folder");

        Cli.Result result = Cli.run("convert", "--to=txt", "--out", file.resolve("out").toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("podium: dakar.race: cannot create the folder " + file.resolve("out"))
                .doesNotContain("internal error");
    }

    @Test
    void anOutThatIsAFileIsAUsageError() throws IOException {
        Path file = write("plain-file", "not a folder");

        Cli.Result result = Cli.run("convert", "--to=txt", "--out", file.toString(), race.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("--out: " + file + " is a file, not a folder");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
