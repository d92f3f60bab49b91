package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.internal.ArticleReader;
import org.podium.importers.wiki.internal.PageLimits;
import org.podium.importers.wiki.internal.PipeTableReader;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * The limits a page is refused past (issue 11), lowered so that small pages try them: where the
 * refusal points, and that its message says the limit, how far over the page is, and that a real
 * page is far below it. The importer's own limits on 10 MB pages: {@code WikiLargeInputsTest}.
 */
class PageLimitsTest {

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    /** What reading threw: the import error refusing the page. */
    private static ImportException refused(ThrowingCallable reading) {
        ImportException refusal = catchThrowableOfType(ImportException.class, reading);
        assertThat(refusal).as("the page is refused").isNotNull();
        return refusal;
    }

    private static PageLimits cells(int max) {
        return new PageLimits(max, PageLimits.MAX_HTML_TAGS);
    }

    @Test
    void wikitextPastTheLimitOfCellsIsRefusedAtTheFirstCellPastIt() {
        String page = "{|\n|-\n| a || b\n|-\n| c || d\n|-\n| e || f\n|}\n\n{|\n|-\n| g\n|}\n";
        ImportException refusal = refused(() -> new WikitextReader("page.wikitext", diagnostics, cells(5)).read(page));
        assertThat(refusal.describe()).startsWith("page.wikitext:7:8: ")
                .contains("at least 7 cells, 2 more than the 5 Podium reads from one page")
                .contains("a real results page holds far fewer");
        assertThat(diagnostics.all()).as("the cells past the limit are only counted").isEmpty();
    }

    @Test
    void cellsASpanCoversAndEmptyCellsThatFillShortRowsCount() {
        ImportException spanned = refused(() -> new WikitextReader("span.wikitext", diagnostics,
                cells(5)).read("{|\n|-\n| a\n|-\n| colspan=1000 | b\n|}\n"));
        assertThat(spanned.describe()).as("the cell whose span passes the limit")
                .startsWith("span.wikitext:5:18: ").contains("more than the 5 Podium reads");
        ImportException padded = refused(() -> new WikitextReader("short.wikitext", diagnostics,
                cells(7)).read("{|\n|-\n| a || b || c\n|-\n| d\n|-\n| e\n|}\n"));
        assertThat(padded.describe()).as("3 + 1 + 1 written, and 2 + 2 to fill the short rows")
                .startsWith("short.wikitext:7:1: ").contains("at least 9 cells, 2 more than the 7 Podium reads");
        ImportException html = refused(() -> new HtmlReader("span.html", diagnostics, cells(50))
                .read("<table>\n<tr><td colspan=\"100\">a</td></tr>\n</table>"));
        assertThat(html.describe()).startsWith("span.html:2:5: ").contains("more than the 50 Podium reads");
    }

    @Test
    void aPageAtTheLimitIsRead() throws Exception {
        assertThat(new WikitextReader("page.wikitext", diagnostics, cells(6))
                .read("{|\n! A !! B\n|-\n| c || d\n|-\n| e || f\n|}\n").grids().getOnly().rows()).hasSize(2);
    }

    @Test
    void anHtmlPageOfMoreTagsThanTheLimitIsRefusedBeforeItIsParsed() {
        String page = "<html><body>\n<table><tr><td>a</td><td>b</td></tr>\n<tr><td>c</td><td>d</td></tr></table>";
        ImportException refusal = refused(
                () -> new HtmlReader("page.html", diagnostics, new PageLimits(1000, 6)).read(page));
        // html, body, table, tr, td, td; the seventh, the second <tr>, starts line 3.
        assertThat(refusal.describe()).startsWith("page.html:3:1: ")
                .contains("this page holds 9 HTML tags, 3 more than the 6 Podium reads from one page")
                .contains("a real results page holds far fewer");
    }

    @Test
    void bareTablesAndArticlesHaveTheLimitOfCellsToo() {
        ImportException bare = refused(() -> new PipeTableReader("table.txt", diagnostics, cells(3))
                .read("| Pos | Name |\n| 1 | A |\n"));
        assertThat(bare.describe()).startsWith("table.txt:2:2: ").contains("at least 4 cells, 1 more than the 3");
        ImportException article = refused(() -> new ArticleReader("article.txt", diagnostics, cells(3))
                .read("= Rally =\n== Results ==\n| Pos | Name |\n| 1 | A |\n| 2 | B |\n"));
        assertThat(article.describe()).startsWith("article.txt:4:2: ").contains("at least 6 cells, 3 more than the 3");
    }

    @Test
    void oneVeryWideRowFillingEveryRowToItsWidthIsRefusedAtTheDefaultLimit() {
        // The shape the exploring fuzz run found: one row of 1 000 cells among 2 500 rows of two,
        // every row filled out to 1 000 cells: 2.5 million cells from 30 kB.
        String table = "| Pos | Name |\n" + "| 1 | A |\n".repeat(1_250) + "|" + " x |".repeat(1_000) + "\n"
                + "| 2 | B |\n".repeat(1_250);
        ImportException refusal = refused(() -> new PipeTableReader("wide.txt", diagnostics).read(table));
        assertThat(refusal.describe()).startsWith("wide.txt:").contains("more than the 1,250,000 Podium reads");
    }

    @Test
    void theDefaultLimitsReadTheLargestRealPagesAndAreTheSameEverywhere() {
        assertThat(PageLimits.DEFAULT).isEqualTo(new PageLimits(1_250_000, 450_000));
    }

    @Test
    void aThousandWarningsOfAKindAreListedAndTheRestCounted(@TempDir Path dir) throws Exception {
        // Text before a single '|' that is no attribute: a warning for each of 1 200 cells.
        Path page = Files.writeString(dir.resolve("page.wikitext"), "{|\n! Pos !! Rider\n"
                + "|-\n| x | 1 || x | A\n".repeat(600) + "|}\n");
        try {
            new WikiImporter().read(ImportRequest.of(page, diagnostics));
        } catch (ImportException refused) {
            // No race table: what matters here is what was said on the way.
        }
        assertThat(diagnostics.all().select(d -> d.message().startsWith("'x' stands before a single '|'"))).hasSize(1_000);
        Diagnostic summary = diagnostics.all().detect(d -> d.message().startsWith("200 more like the following"));
        assertThat(summary).isNotNull();
        assertThat(summary.severity()).isEqualTo(Severity.WARNING);
        assertThat(summary.position().describe()).isEqualTo("page.wikitext:1004:2");
        assertThat(summary.message()).contains("were not listed (the first 1,000 of a kind are): 'x' stands before");
    }
}
