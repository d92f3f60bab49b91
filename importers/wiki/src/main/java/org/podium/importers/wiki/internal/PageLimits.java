package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.function.Supplier;
import org.podium.model.SourcePosition;
import org.podium.spi.ImportException;

/**
 * How much a page may hold before Podium refuses it rather than run out of memory: the last line
 * of defence, after the readers keep as little as they can per cell. Every page up to 10 MB is read
 * or refused within a 512 MB heap (the fuzz tests' heap); the limits are counts of what the page
 * holds, so a page is read or refused the same on every machine, whatever its memory.
 *
 * <p>{@link #DEFAULT} is what the importer uses; tests lower the limits to try them on small pages.
 *
 * @param maxCells    the most cells the tables of one page may come to
 * @param maxHtmlTags the most tags an HTML page may hold
 */
public record PageLimits(int maxCells, int maxHtmlTags) {

    /**
     * The most cells the grids of one page may come to: every cell written, every cell a rowspan or
     * colspan covers, and every empty cell that fills a short row to its table's width. A cell
     * costs 250 to 300 bytes from the file to the interpreted grid (its text, position, lines and
     * place in a row; a one-cell row, or a column of its own, costs the most): the costliest pages at
     * this limit (1.25 million cells in one row; as many rows of one header cell) are read in 370 MB,
     * with room to spare in a 512 MB heap. Ten megabytes of wikitext written as densely as a table
     * gets (a 10-cell header row repeated, in WikiLargeInputsTest) hold 1.1 million; a real results
     * page holds a few thousand.
     */
    public static final int MAX_CELLS = 1_250_000;

    /**
     * The most tags ({@code <} and a letter) an HTML page may hold, counted before jsoup parses it:
     * its tree with source positions (where every message's line and column come from) costs about
     * 450 bytes a tracked element with its text, and a table cell read from it 300 more: 450 000
     * tags, all of them cells of one row, are read in 370 MB, with room to spare in a 512 MB heap. A
     * Wikipedia page of 10 MB holds about 140 000; a results site, whose markup is the densest
     * (a tag per 16 to 20 bytes), passes it at about 8 MB, a table of 40 000 results.
     */
    public static final int MAX_HTML_TAGS = 450_000;

    /** The limits the importer reads every page with. */
    public static final PageLimits DEFAULT = new PageLimits(MAX_CELLS, MAX_HTML_TAGS);

    public PageLimits {
        if (maxCells < 1 || maxHtmlTags < 1) {
            throw new IllegalArgumentException("limits are at least 1");
        }
    }

    /** A count of one page's cells against {@link #maxCells}. */
    public Cells cells() {
        return new Cells(maxCells);
    }

    /**
     * The cells of one page's grids, counted as a reader makes them (before it spends the memory):
     * once a page would hold more than the limit, {@link #take} says no and the reader stops
     * making cells, counting on where that is cheap, and refuses the page at the end.
     */
    public static final class Cells {
        private final int max;
        private long counted;
        private SourcePosition crossed;

        private Cells(int max) {
            this.max = max;
        }

        /**
         * Counts {@code n} more cells; whether the page still holds no more than the limit. The first
         * time it does not, {@code where} says where the cell past the limit is.
         */
        public boolean take(long n, Supplier<SourcePosition> where) {
            counted += n;
            if (counted <= max) {
                return true;
            }
            if (crossed == null) {
                crossed = where.get();
            }
            return false;
        }

        /** How many more cells the page may hold. */
        public long room() {
            return max - counted;
        }

        /** Whether the page holds more cells than the limit. */
        public boolean exceeded() {
            return crossed != null;
        }

        /** The refusal of a page over the limit, at the first cell past it. */
        public ImportException refusal() {
            return new ImportException(crossed, "the tables of this page come to at least " + number(counted)
                    + " cells, " + number(counted - max) + " more than the " + number(max) + " Podium reads from"
                    + " one page (every cell written, every cell a rowspan or colspan covers, and the empty cells"
                    + " that fill short rows count); a real results page holds far fewer, a few thousand."
                    + " The first cell past the limit is here; the page was not read");
        }
    }

    /** The refusal of an HTML page of {@code tags} tags, more than the limit, at the first tag past it. */
    public ImportException tooManyTags(long tags, SourcePosition firstPast) {
        return new ImportException(firstPast, "this page holds " + number(tags) + " HTML tags, " + number(tags
                - maxHtmlTags) + " more than the " + number(maxHtmlTags) + " Podium reads from one page; a real"
                + " results page holds far fewer (a long Wikipedia article, some tens of thousands). The first tag"
                + " past the limit is here; the page was not read");
    }

    /** 1500000 as 1,500,000. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
