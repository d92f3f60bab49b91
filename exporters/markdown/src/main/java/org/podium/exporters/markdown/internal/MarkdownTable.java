package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A GitHub-flavoured Markdown table: escaped rows out, each column padded to its widest cell so
 * that the raw file reads as a table too (in a terminal, an editor, a diff).
 *
 * <p>Streams: the widths come from a first pass over the rows ({@link #measure}), then each row is
 * written as it is made again ({@link #writeRow}); no table is held in memory, whatever its size.
 * Cells are Markdown already, made by {@link MarkdownText#escape}.
 */
public final class MarkdownTable {

    /** Numbers and times are right-aligned so that their digits line up. */
    public enum Alignment {
        LEFT,
        RIGHT
    }

    /** A column: its header as plain text, and how its cells align. */
    public record Column(String header, Alignment alignment) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(alignment, "alignment");
        }

        public static Column left(String header) {
            return new Column(header, Alignment.LEFT);
        }

        public static Column right(String header) {
            return new Column(header, Alignment.RIGHT);
        }
    }

    /**
     * Gives a table its rows, the same rows each time it is called: once to measure, once to
     * write. Cells are escaped; the array may be reused from one row to the next.
     */
    @FunctionalInterface
    public interface Rows {
        void each(Row row) throws IOException;
    }

    /**
     * Takes one row of escaped cells, one per column, with the width of each cell where the
     * caller knows it already (a crew's cells recur in every table): {@code widths} is null, or
     * holds a negative number for each cell the table is to measure itself.
     */
    @FunctionalInterface
    public interface Row {
        void cells(String[] cells, int[] widths) throws IOException;

        default void cells(String[] cells) throws IOException {
            cells(cells, null);
        }
    }

    /** The delimiter row needs three characters per column: {@code :--} or {@code --:}. */
    private static final int MIN_WIDTH = 3;

    private static final int FIRST_COMBINING_MARK = 0x300;
    private static final int SOFT_HYPHEN = 0xAD;

    private final boolean[] right;
    private final String[] headers;
    private final int[] widths;

    public MarkdownTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        this.right = new boolean[columns.size()];
        this.headers = new String[columns.size()];
        this.widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            right[i] = columns.get(i).alignment() == Alignment.RIGHT;
            headers[i] = MarkdownText.escape(columns.get(i).header());
            widths[i] = Math.max(MIN_WIDTH, width(headers[i]));
        }
    }

    /**
     * The first pass: widens the columns to fit a row of escaped cells; null stands for an empty
     * cell. {@code known} is as for {@link Row#cells(String[], int[])}.
     */
    public void measure(String[] cells, int[] known) {
        checkSize(cells);
        for (int i = 0; i < widths.length; i++) {
            if (cells[i] != null) {
                widths[i] = Math.max(widths[i], width(cells, known, i));
            }
        }
    }

    private static int width(String[] cells, int[] known, int i) {
        return known != null && known[i] >= 0 ? known[i] : width(cells[i]);
    }

    /** After every row was measured: the header row and the delimiter row. */
    public void writeHead(TextOut out) throws IOException {
        writeRow(out, headers, null);
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            out.append(' ');
            if (!right[i]) {
                out.append(':');
            }
            out.repeat('-', widths[i] - 1);
            if (right[i]) {
                out.append(':');
            }
            out.append(" |");
        }
        out.append('\n');
    }

    /** One row of escaped cells, padded to the measured widths. */
    public void writeRow(TextOut out, String[] cells, int[] known) throws IOException {
        checkSize(cells);
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            int padding = widths[i] - (cells[i] == null ? 0 : width(cells, known, i));
            out.append(' ');
            if (right[i]) {
                out.repeat(' ', padding).append(cell);
            } else {
                out.append(cell).repeat(' ', padding);
            }
            out.append(" |");
        }
        out.append('\n');
    }

    private void checkSize(String[] cells) {
        if (cells.length != widths.length) {
            throw new IllegalArgumentException(
                    "a row has " + widths.length + " cells, one per column, not " + cells.length + ": " + Arrays.toString(cells));
        }
    }

    /**
     * The columns a text takes in a monospaced font: combining marks and format characters take
     * none, East Asian wide characters two. An approximation of Unicode's East Asian Width that
     * only decides padding: a cell it gets wrong still reads back as the same text.
     */
    static int width(String text) {
        int length = text.length();
        int i = 0;
        // Latin text, most cells: one column per character, no need to ask for its type.
        while (i < length) {
            char c = text.charAt(i);
            if (c >= FIRST_COMBINING_MARK || c == SOFT_HYPHEN) {
                return i + width(text, i);
            }
            i++;
        }
        return length;
    }

    private static int width(String text, int from) {
        int width = 0;
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < FIRST_COMBINING_MARK && c != SOFT_HYPHEN) {
                width++;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            width += isWide(c) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) // Hangul Jamo initials
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) // CJK radicals to Yi
                || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60) // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1F64F) // pictographs and emoticons
                || (c >= 0x20000 && c <= 0x3FFFD); // CJK extensions
    }
}
