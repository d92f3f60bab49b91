package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;

/**
 * The rows of a classification are drawn by Podium, not laid out by OpenPDF (TableRow): what a
 * reader checks by eye is that each column lines up. Read back word by word with PDFBox, on stage 1
 * of the 2002 Dakar cars with 30 crews more: every position (of one digit or two), every time and
 * every gap ends on one vertical line, each column's own, and each gap stands on its time's line,
 * right of it.
 */
class PdfColumnsTest {

    private static final Pattern TIME = Pattern.compile("\\d{1,3}:\\d\\d:\\d\\d");
    private static final Pattern GAP = Pattern.compile("\\+\\d{1,3}:\\d\\d:\\d\\d");

    @TempDir
    Path dir;

    /** A word as PDFBox reads it: its text and where its first glyph starts and its last one ends. */
    private record Word(String text, float left, float right, float baseline) {
    }

    @Test
    void timesAndGapsAreRightAlignedEachInItsOwnColumn() throws Exception {
        Path pdf = Bulletins.write(Bulletins.report(LargeEvents.cars(30),
                DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z")), List.of(), "1"),
                dir.resolve("cars.pdf"));

        // The first page of results with positions of one and two digits (widths that differ).
        List<Word> found = List.of();
        for (int page = 1; page <= pages(pdf); page++) {
            found = rows(words(pdf, page));
            if (found.stream().anyMatch(w -> TIME.matcher(w.text()).matches())
                    && found.stream().anyMatch(w -> w.text().matches("1\\d=?"))) {
                break;
            }
        }
        List<Word> rows = found;
        List<Word> times = rows.stream().filter(w -> TIME.matcher(w.text()).matches()).toList();
        List<Word> gaps = rows.stream().filter(w -> GAP.matcher(w.text()).matches()).toList();
        assertThat(times).as("times on the page").hasSizeGreaterThanOrEqualTo(5);
        assertThat(gaps).as("gaps on the page").hasSizeGreaterThanOrEqualTo(4);
        float timeEdge = times.get(0).right();
        float gapEdge = gaps.get(0).right();
        assertThat(times).allSatisfy(t -> assertThat(t.right()).as(t.text()).isCloseTo(timeEdge,
                org.assertj.core.data.Offset.offset(0.5f)));
        assertThat(gaps).allSatisfy(g -> assertThat(g.right()).as(g.text()).isCloseTo(gapEdge,
                org.assertj.core.data.Offset.offset(0.5f)));
        assertThat(gapEdge).as("the gaps' column right of the times'").isGreaterThan(timeEdge + 20f);
        // Positions of one and two digits end on one line too: right-aligned, not merely of one width.
        List<Word> positions = rows.stream().filter(w -> w.text().matches("\\d+=?")
                && rows.stream().noneMatch(o -> o != w && Math.abs(o.baseline() - w.baseline()) < 1f
                        && o.left() < w.left())).toList();
        assertThat(positions).extracting(Word::text).anyMatch(p -> p.length() == 1).anyMatch(p -> p.startsWith("1")
                && p.length() >= 2);
        float positionEdge = positions.get(0).right();
        assertThat(positions).allSatisfy(p -> assertThat(p.right()).as(p.text()).isCloseTo(positionEdge,
                org.assertj.core.data.Offset.offset(0.5f)));
        // Each gap is on the line of a time, right of it: the row's cells in the order of its columns.
        assertThat(gaps).allSatisfy(g -> assertThat(times).anySatisfy(t -> {
            assertThat(t.baseline()).isCloseTo(g.baseline(), org.assertj.core.data.Offset.offset(1f));
            assertThat(t.right()).isLessThan(g.left());
        }));
    }

    /**
     * The words of table rows: lines that start with a position (1, 2, 10=) and hold a time, not
     * the page's header or the prose around the tables.
     */
    private static List<Word> rows(List<Word> words) {
        return words.stream().filter(w -> {
            List<Word> line = words.stream().filter(o -> Math.abs(o.baseline() - w.baseline()) < 1f).toList();
            return line.stream().min(java.util.Comparator.comparingDouble(Word::left))
                    .filter(first -> first.text().matches("\\d+=?")).isPresent()
                    && line.stream().anyMatch(o -> TIME.matcher(o.text()).matches());
        }).toList();
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = ReadBack.load(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static List<Word> words(Path pdf, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                int start = 0;
                for (int i = 0; i <= glyphs.size(); i++) {
                    // A blank, or a jump to the right: the next cell's text follows with no space glyph.
                    boolean end = i == glyphs.size() || glyphs.get(i).getUnicode().isBlank()
                            || i > start && glyphs.get(i).getXDirAdj() > glyphs.get(i - 1).getXDirAdj()
                                    + glyphs.get(i - 1).getWidthDirAdj() + 1f;
                    if (end && i > start) {
                        TextPosition first = glyphs.get(start);
                        TextPosition last = glyphs.get(i - 1);
                        StringBuilder word = new StringBuilder();
                        glyphs.subList(start, i).forEach(g -> word.append(g.getUnicode()));
                        words.add(new Word(word.toString(), first.getXDirAdj(),
                                last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
                    }
                    if (end) {
                        start = i < glyphs.size() && !glyphs.get(i).getUnicode().isBlank() ? i : i + 1;
                    }
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        try (PDDocument document = ReadBack.load(pdf)) {
            stripper.getText(document);
        }
        return words;
    }
}
