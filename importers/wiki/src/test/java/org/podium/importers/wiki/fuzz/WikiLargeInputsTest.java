package org.podium.importers.wiki.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.spi.ImportException;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.fuzz.ImportFuzzing;

/**
 * Inputs of about 10 MB for each reader, real and hostile, each read within
 * {@link ImportFuzzing#bound} (102 s for 10 MB: a linear reading takes seconds, a quadratic one
 * hours) and without an {@code OutOfMemoryError} or a {@code StackOverflowError} in the 512 MB heap
 * the module's {@code fuzz} execution gives the JVM.
 */
class WikiLargeInputsTest {

    private static final int TEN_MB = 10_000_000;

    /** The seeds read once, so that loading the importer's classes does not count against the first input's time. */
    @BeforeAll
    static void warmUp() {
        WikiFuzzing.instance();
    }

    @Test
    void theArticleWithATableOfTenMegabytes() throws Exception {
        String article = SampleArticles.dakar2002Text();
        String rows = "| 2 | ESP Nani Roma | KTM | 3:41:46 | 0:48 | 2 | FIN Kari Tiainen | KTM | 5:07:16 | 1:28 |\n"
                + "| 3 | FIN Kari Tiainen | KTM | 3:43:29 | 2:31 | 3 | ESP Jordi Arcarons | KTM | 5:08:19 | 2:31 |\n";
        read(WikiFuzzing.Kind.ARTICLE, "article.txt", grow(article, rows));
    }

    @Test
    void wikitextWithATableOfTenMegabytes() throws Exception {
        String wikitext = resource("/wikitext/2002-dakar-rally.wikitext");
        int row = wikitext.indexOf("\n|-", wikitext.indexOf("\n{|", wikitext.indexOf("\n{|") + 1));
        String block = wikitext.substring(row + 1, wikitext.indexOf("\n|-", row + 1) + 1);
        read(WikiFuzzing.Kind.WIKITEXT, "page.wikitext", grow(wikitext, block));
    }

    @Test
    void anHtmlPageWithATableOfTenMegabytes() throws Exception {
        String html = resource("/html/2006-tour-de-france.html");
        int row = html.indexOf("<tr", html.indexOf("<tr", html.indexOf("<table")) + 1);
        String block = html.substring(row, html.indexOf("</tr>", row) + "</tr>".length()) + "\n";
        read(WikiFuzzing.Kind.HTML, "page.html", grow(html, block));
    }

    @Test
    void aGeneratedSheetOfTenMegabytesAsABareTable() throws Exception {
        String sheet = new TimingSheetGenerator(new GeneratorSettings(8_000, 15, 3)).writeToString();
        String table = WikiFuzzing.pipeTable(sheet);
        assertThat(table.length()).isGreaterThan(TEN_MB * 9 / 10);
        read(WikiFuzzing.Kind.PIPE_TABLE, "table.txt", table);
    }

    /**
     * Past 20 levels the tables' lines are cells of the innermost one: one row of 1.4 million
     * cells, more than a page may hold (PageLimits.MAX_CELLS), refused.
     */
    @Test
    void tablesNestedOneMillionFourHundredThousandDeepInWikitext() throws Exception {
        refusedForItsCells(WikiFuzzing.Kind.WIKITEXT, "nested.wikitext", "{|\n|-\n| a\n" + "{|\n| b\n".repeat(TEN_MB / 7));
    }

    @Test
    void templatesOpenedFiveMillionTimesInWikitext() throws Exception {
        String templates = "{|\n|-\n| " + "{{".repeat(TEN_MB / 2) + "\n|}\n";
        notRefusedForItsSize(WikiFuzzing.Kind.WIKITEXT, "templates.wikitext", templates, TEN_MB);
    }

    /** 1.4 million rows of one cell: over the limit of cells, refused. */
    @Test
    void oneMillionFourHundredThousandOneCellRowsInWikitext() throws Exception {
        refusedForItsCells(WikiFuzzing.Kind.WIKITEXT, "rows.wikitext", "{|\n" + "|-\n| a\n".repeat(TEN_MB / 7) + "|}\n");
    }

    /**
     * The costliest pages just under the limits (PageLimits), read: rows of one cell, one row of
     * cells (each a column of its own), rows of one header cell, and an HTML row of cells.
     */
    @Test
    void oneCellRowsJustUnderTheLimitOfCellsInWikitext() throws Exception {
        String rows = "{|\n" + "|-\n| ab\n".repeat(1_240_000) + "|}\n";
        notRefusedForItsSize(WikiFuzzing.Kind.WIKITEXT, "rows.wikitext", rows, rows.length());
    }

    @Test
    void oneRowJustUnderTheLimitOfCellsInWikitext() throws Exception {
        String row = "{|\n|-\n| a" + " || a".repeat(1_240_000) + "\n|}\n";
        notRefusedForItsSize(WikiFuzzing.Kind.WIKITEXT, "row.wikitext", row, row.length());
        String headers = "{|\n" + "|-\n! a\n".repeat(1_240_000) + "|}\n";
        notRefusedForItsSize(WikiFuzzing.Kind.WIKITEXT, "headers.wikitext", headers, headers.length());
    }

    @Test
    void oneRowJustUnderTheLimitOfTagsInHtml() throws Exception {
        String row = "<html><body><table><tr>" + "<td>a".repeat(449_990) + "</table>";
        notRefusedForItsSize(WikiFuzzing.Kind.HTML, "row.html", row, row.length());
    }

    /** Two million cells in one row (and as many numbered columns): over the limit of cells, refused. */
    @Test
    void twoMillionCellsInOneRowInWikitext() throws Exception {
        refusedForItsCells(WikiFuzzing.Kind.WIKITEXT, "row.wikitext", "{|\n|-\n| a" + " || a".repeat(TEN_MB / 5) + "\n|}\n");
    }

    /** A warning for each cell (text before a single '|'): listed a thousand times, the rest counted. */
    @Test
    void twoMillionCellsEachWithAWarningInWikitext() throws Exception {
        refusedForItsCells(WikiFuzzing.Kind.WIKITEXT, "warnings.wikitext", "{|\n|-\n" + "|x|a\n".repeat(TEN_MB / 5) + "|}\n");
    }

    /**
     * A colspan of 1000 over 20 000 rows of one cell: 140 kB that would be a grid of 20 million
     * cells, the empty ones filling each row to the table's width. Refused at the limit of cells;
     * so is a square of spans.
     */
    @Test
    void spansThatWouldMakeMillionsOfCells() throws Exception {
        String wide = "{|\n|-\n| colspan=1000 | x\n" + "|-\n| a\n".repeat(20_000) + "|}\n";
        refusedForItsCells(WikiFuzzing.Kind.WIKITEXT, "wide.wikitext", wide, wide.length());
        String square = ("{|\n|-\n| rowspan=1000 colspan=1000 | x\n" + "|-\n| a\n".repeat(999) + "|}\n").repeat(20);
        refusedForItsCells(WikiFuzzing.Kind.WIKITEXT, "square.wikitext", square, square.length());
        String html = "<table><tr><td colspan=1000>x</td></tr>" + "<tr><td>a</td></tr>".repeat(20_000) + "</table>";
        refusedForItsCells(WikiFuzzing.Kind.HTML, "wide.html", html, html.length());
    }

    /** 666 000 tables nested in HTML: two million tags, more than a page may hold, refused before jsoup parses them. */
    @Test
    void tablesNestedSixHundredThousandDeepInHtml() throws Exception {
        refusedForItsTags(WikiFuzzing.Kind.HTML, "nested.html", "<html><body>" + "<table><tr><td>".repeat(TEN_MB / 15));
    }

    /** Four million cells of a bare table and of an article: over the limit of cells, refused. */
    @Test
    void fourMillionCellsInABareTableAndInAnArticle() throws Exception {
        String rows = "|1|a|b|c|d|\n".repeat(TEN_MB / 12);
        refusedForItsCells(WikiFuzzing.Kind.PIPE_TABLE, "cells.txt", "| Pos | Name |\n" + rows);
        refusedForItsCells(WikiFuzzing.Kind.ARTICLE, "cells-article.txt", "= Rally =\n== Results ==\n| Pos | Name |\n" + rows);
    }

    @Test
    void aCellOfTenMegabytesInTheArticle() throws Exception {
        String article = SampleArticles.dakar2002Text();
        String cell = "| 2 | ESP Nani Roma " + "Nani Roma / ".repeat(TEN_MB / 12) + "| KTM | 3:41:46 | 0:48 |\n";
        int at = article.indexOf("| 2 | ESP Nani Roma");
        read(WikiFuzzing.Kind.ARTICLE, "huge-cell.txt", article.substring(0, at) + cell + article.substring(at));
    }

    /** The text with copies of {@code block} after its first occurrence, to about 10 MB. */
    private static String grow(String text, String block) {
        int at = text.indexOf(block);
        assertThat(at).as("the block to repeat is in the text").isNotNegative();
        int end = at + block.length();
        return text.substring(0, end) + block.repeat(Math.max(1, (TEN_MB - text.length()) / block.length()))
                + text.substring(end);
    }

    /** A real page, however large: read, not refused. */
    private static void read(WikiFuzzing.Kind kind, String name, String text) throws IOException {
        assertThat(check(kind, name, text, TEN_MB)).as("the refusal of " + name).isNull();
    }

    /** A page under the limits, however costly: read, or refused for what it holds, never for its size. */
    private static void notRefusedForItsSize(WikiFuzzing.Kind kind, String name, String text, int size)
            throws IOException {
        ImportException refusal = check(kind, name, text, size);
        if (refusal != null) {
            assertThat(refusal.getMessage()).doesNotContain("Podium reads from one page");
        }
    }

    private static void refusedForItsCells(WikiFuzzing.Kind kind, String name, String text) throws IOException {
        refusedForItsCells(kind, name, text, TEN_MB);
    }

    private static void refusedForItsCells(WikiFuzzing.Kind kind, String name, String text, int size)
            throws IOException {
        assertThat(check(kind, name, text, size)).as("the refusal of " + name).isNotNull().extracting(
                ImportException::getMessage).asString().contains("more than the 1,250,000 Podium reads from one page");
    }

    private static void refusedForItsTags(WikiFuzzing.Kind kind, String name, String text) throws IOException {
        assertThat(check(kind, name, text, TEN_MB)).as("the refusal of " + name).isNotNull().extracting(
                ImportException::getMessage).asString().contains("HTML tags, ").contains("more than the 450,000");
    }

    /** The importer's refusal of the page, or null when it read it. */
    private static ImportException check(WikiFuzzing.Kind kind, String name, String text, int size) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(size * 9 / 10);
        Path file = WikiFuzzing.write(name, bytes);
        try {
            // The importer alone: it gives each of these to the reader of its kind, and a second
            // reading would double the time for nothing.
            return WikiFuzzing.check(kind, file, bytes, false);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String resource(String name) {
        try (InputStream in = WikiLargeInputsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
