package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results office's race folder, converted as a user converts it: the same race as one timing
 * sheet and as a folder (entry list, a file per stage, half of them start and finish times, one
 * stage run at night across midnight, the stewards' penalties in their own file) gives the same
 * documents; a folder whose itinerary lists stages not run yet gives the bulletin after the last
 * stage that arrived; {@code --merge} reads the files named on the command line as that folder.
 */
class RaceFolderConvertTest {

    private static final String ISSUED = "2026-01-09T20:00:00Z";

    @TempDir
    Path dir;

    @Test
    void theSameRaceAsOneSheetAndAsAFolderGivesTheSameDocuments() throws IOException {
        Path sheet = Files.writeString(dir.resolve("sheet.csv"), generated("generate", "--entries", "60",
                "--stages", "6", "--seed", "3").out(), StandardCharsets.UTF_8);
        Path race = dir.resolve("race");
        assertThat(generated("generate", "--entries", "60", "--stages", "6", "--seed", "3", "--folder",
                race.toString()).out()).isEmpty();
        // A timing sheet has no itinerary: without one, the folder holds exactly the sheet's race.
        Files.delete(race.resolve("itinerary.csv"));
        try (Stream<Path> files = Files.list(race)) {
            assertThat(files.map(RaceFolderConvertTest::text)).as("a night stage, start and finish across midnight")
                    .anySatisfy(text -> assertThat(text).startsWith("number,start,finish,").contains(",22:00:00,0"));
        }

        Cli.Result fromSheet = convert(sheet.toString(), "--out", dir.resolve("a").toString());
        Cli.Result fromFolder = convert(race.toString(), "--out", dir.resolve("b").toString());

        assertThat(fromSheet.exitCode()).as(fromSheet.err()).isZero();
        assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
        assertThat(fromFolder.err()).contains("race: checks: 0 contradictions");
        assertSameDocuments(dir.resolve("a"), "sheet.csv", dir.resolve("b"), "race");
    }

    @Test
    void aFolderWithStagesStillToComeGivesTheBulletinAfterTheLastThatArrivedWithTheStewardsPenalty()
            throws IOException {
        Path all = dir.resolve("all");
        generated("generate", "--entries", "40", "--stages", "6", "--folder", all.toString());
        Path race = Files.createDirectories(dir.resolve("race"));
        for (String file : List.of("entries.csv", "itinerary.csv", "stage-01.csv", "stage-02.csv")) {
            Files.copy(all.resolve(file), race.resolve(file));
        }

        Cli.Result bulletin2 = convert(race.toString(), "--bulletin", "2", "--out", dir.resolve("b2").toString());

        assertThat(bulletin2.exitCode()).as(bulletin2.err()).isZero();
        assertThat(bulletin2.err()).contains("race: stages 3, 4, 5, 6 have no results yet: the documents are the"
                + " bulletin after stage 2");
        String markdown = Files.readString(dir.resolve("b2/podium-generated-rally-1-stage2.md"));
        assertThat(markdown).contains("- Results after stage 2\n", "- Bulletin: 2\n", "### Stage 2\n",
                "#### General classification after stage 2\n").doesNotContain("### Stage 3", "Final classification");

        // The stewards' decisions on stage 1 arrive with stage 3's times.
        Files.copy(all.resolve("stage-03.csv"), race.resolve("stage-03.csv"));
        Files.copy(all.resolve("penalties.csv"), race.resolve("penalties.csv"));
        String firstDecision = Files.readAllLines(all.resolve("penalties.csv")).get(1);
        String number = firstDecision.split(",")[0];
        String penalty = firstDecision.split(",")[2];

        Cli.Result bulletin3 = convert(race.toString(), "--bulletin", "3", "--out", dir.resolve("b3").toString());

        assertThat(bulletin3.exitCode()).as(bulletin3.err()).isZero();
        Path results = dir.resolve("b3/podium-generated-rally-1-stage3/penalties.csv");
        assertThat(Files.readAllLines(results)).anySatisfy(line -> assertThat(line)
                .contains("-" + number + ",1,").contains(penalty));
    }

    @Test
    void mergeReadsTheFilesNamedAsTheirFolder() throws IOException {
        Path race = dir.resolve("race");
        generated("generate", "--entries", "30", "--stages", "4", "--folder", race.toString());
        List<String> files;
        try (Stream<Path> listed = Files.list(race)) {
            files = listed.map(Path::toString).sorted().toList();
        }

        Cli.Result folder = convert(race.toString(), "--out", dir.resolve("folder").toString());
        String[] merged = Stream.concat(Stream.of("convert", "--merge", "--to", "md,csv", "--issued-at", ISSUED,
                "--out", dir.resolve("merged").toString()), files.stream()).toArray(String[]::new);
        Cli.Result fromFiles = Cli.runWithRealPlugins(merged);

        assertThat(folder.exitCode()).as(folder.err()).isZero();
        assertThat(fromFiles.exitCode()).as(fromFiles.err()).isZero();
        assertSameDocuments(dir.resolve("folder"), "race", dir.resolve("merged"), "entries.csv + 6 more");
    }

    /** The Markdown and the data package, equal but for the name each gives its source. */
    private static void assertSameDocuments(Path one, String oneSource, Path other, String otherSource)
            throws IOException {
        List<Path> files = relativeFiles(one);
        assertThat(relativeFiles(other)).isEqualTo(files);
        assertThat(files).anySatisfy(file -> assertThat(file.toString()).endsWith(".md"))
                .anySatisfy(file -> assertThat(file.toString()).endsWith("results.csv"));
        for (Path file : files) {
            String a = Files.readString(one.resolve(file), StandardCharsets.ISO_8859_1);
            String b = Files.readString(other.resolve(file), StandardCharsets.ISO_8859_1);
            if (file.toString().endsWith(".md") || file.endsWith("event.csv")) {
                a = a.replace(oneSource, "SOURCE");
                b = b.replace(otherSource, "SOURCE");
            }
            assertThat(b).as(file.toString()).isEqualTo(a);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> relativeFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    private static Cli.Result convert(String input, String... options) {
        String[] args = Stream.concat(Stream.of("convert", input, "--to", "md,csv", "--issued-at", ISSUED),
                Stream.of(options)).toArray(String[]::new);
        return Cli.runWithRealPlugins(args);
    }

    private static Cli.Result generated(String... args) {
        Cli.Result result = Cli.runWithRealPlugins(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}
