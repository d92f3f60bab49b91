package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Times;

/**
 * {@code podium convert --amends OLD --replaces N}, as a results office uses it: bulletin 7 goes out
 * with its data package; the stewards then give a crew a penalty on stage 5; bulletin 8 amends
 * bulletin 7 and opens with what changed since it — the penalty, and the general classifications it
 * moved. The event is a generated timing sheet, read as a user's would be.
 */
class AmendsTest {

    @TempDir
    Path dir;

    @Test
    void bulletin8AmendsBulletin7WithTheStewardsPenaltyAndWhatItMoved() throws IOException {
        Path sheet = generatedSheet();
        Cli.Result bulletin7 = run("convert", sheet.toString(), "--stage", "7", "--bulletin", "7", "--to", "csv",
                "--out", dir.resolve("b7").toString());
        assertThat(bulletin7.exitCode()).as(bulletin7.err()).isZero();
        Path package7 = onlyFile(dir.resolve("b7"));

        // The stewards' decision: 10 minutes for the first bike of stage 5's sheet.
        List<String> lines = new ArrayList<>(Files.readAllLines(sheet, StandardCharsets.UTF_8));
        int row = indexOf(lines, "bikes,5,");
        String[] cells = lines.get(row).split(",", -1);
        String crew = cells[2] + " " + cells[3];
        cells[8] = "0:10:00";
        cells[9] = "missed waypoint";
        lines.set(row, String.join(",", cells));
        Files.write(sheet, lines, StandardCharsets.UTF_8);

        Cli.Result bulletin8 = run("convert", sheet.toString(), "--stage", "7", "--bulletin", "8", "--amends",
                package7.toString(), "--replaces", "7", "--to", "md", "--out", dir.resolve("b8").toString());

        assertThat(bulletin8.exitCode()).as(bulletin8.err()).isZero();
        Node document = Parser.builder().build().parse(Files.readString(markdownIn(dir.resolve("b8"))));
        List<String> headings = texts(document, Heading.class);
        assertThat(headings).containsSubsequence("Changes since bulletin 7", "bikes", "Itinerary");
        assertThat(texts(document, BulletList.class)).contains("Replaces bulletin 7")
                .contains("stage 5 · " + crew + ": penalty added (0:10:00, missed waypoint)")
                .noneSatisfy(line -> assertThat(line).contains("stage 8"));
        // After stage 7 the crew's general time is the ten minutes longer: "time 29:15:28 → 29:25:28".
        String prefix = "general after stage 7 · " + crew + ": time ";
        String moved = texts(document, BulletList.class).stream().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow().substring(prefix.length());
        String[] times = moved.split(" → ");
        assertThat(Times.parseClock(times[1]).orElseThrow().minus(Times.parseClock(times[0]).orElseThrow()))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void replacesWithoutAmendsIsAUsageError() throws IOException {
        Cli.Result result = run("convert", generatedSheet().toString(), "--replaces", "7", "--out", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--replaces 7 needs --amends OLD");
    }

    @Test
    void amendsWithTwoInputsIsAUsageError() throws IOException {
        Path sheet = generatedSheet();

        Cli.Result result = run("convert", sheet.toString(), sheet.toString(), "--amends", sheet.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--amends amends one input; 2 were given");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnreadableVersionToAmendWritesNothingAndSaysWhy() throws IOException {
        Path sheet = generatedSheet();
        Path garbage = Files.write(dir.resolve("bulletin-7.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3});

        Cli.Result result = run("convert", sheet.toString(), "--amends", garbage.toString(), "--to", "md",
                "--out", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("bulletin-7.pdf");
        try (Stream<Path> written = Files.list(dir.resolve("out"))) {
            assertThat(written).as("no document claims to amend what could not be read").isEmpty();
        } catch (java.nio.file.NoSuchFileException e) {
            // Nothing written, not even the folder: as good.
        }
    }

    @Test
    void aMissingVersionToAmendIsAUsageError() throws IOException {
        Cli.Result result = run("convert", generatedSheet().toString(), "--amends", dir.resolve("nope").toString(),
                "--out", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no such file: " + dir.resolve("nope"));
    }

    private Path generatedSheet() throws IOException {
        Cli.Result generated = run("generate", "--entries", "20", "--stages", "8");
        assertThat(generated.exitCode()).isZero();
        return Files.writeString(dir.resolve("sheet.csv"), generated.out(), StandardCharsets.UTF_8);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    /** The Markdown document of a folder (its race charts' pictures beside it). */
    private static Path markdownIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> documents = files.filter(p -> p.getFileName().toString().endsWith(".md")).toList();
            assertThat(documents).hasSize(1);
            return documents.get(0);
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The text of each node of this type: a heading's, or each item of a bullet list. */
    private static List<String> texts(Node document, Class<? extends Node> type) {
        List<String> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (type == Heading.class) {
                    texts.add(text(heading));
                }
            }

            @Override
            public void visit(BulletList list) {
                if (type == BulletList.class) {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        texts.add(text(item));
                    }
                }
            }
        });
        return texts;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text leaf) {
                text.append(leaf.getLiteral());
            }
        });
        return text.toString();
    }

    private static Cli.Result run(String... args) {
        return Cli.runWithRealPlugins(args);
    }
}
