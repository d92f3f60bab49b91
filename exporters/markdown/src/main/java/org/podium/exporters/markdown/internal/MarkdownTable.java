package org.podium.exporters.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GitHub-flavoured Markdown table: plain text in, escaped rows out, each column padded to its
 * widest cell so that the raw file reads as a table too (in a terminal, an editor, a diff).
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

    /** The delimiter row needs three characters per column: {@code :--} or {@code --:}. */
    private static final int MIN_WIDTH = 3;

    private static final int FIRST_COMBINING_MARK = 0x300;
    private static final int SOFT_HYPHEN = 0xAD;

    private final List<Column> columns;
    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();
    private final int[] widths;

    public MarkdownTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        this.columns = List.copyOf(columns);
        this.headers = columns.stream().map(column -> MarkdownText.escape(column.header())).toList();
        this.widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(MIN_WIDTH, width(headers.get(i)));
        }
    }

    /** Adds a row of plain-text cells, one per column; null prints as an empty cell. */
    public MarkdownTable addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row has " + columns.size() + " cells, one per column, not " + cells.size() + ": " + cells);
        }
        String[] escaped = new String[cells.size()];
        for (int i = 0; i < escaped.length; i++) {
            escaped[i] = MarkdownText.escape(cells.get(i) == null ? "" : cells.get(i));
            widths[i] = Math.max(widths[i], width(escaped[i]));
        }
        rows.add(escaped);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>(rows.size() + 2);
        lines.add(row(headers.toArray(String[]::new)));
        StringBuilder delimiter = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            boolean right = columns.get(i).alignment() == Alignment.RIGHT;
            delimiter.append(' ').append(right ? "" : ":").append("-".repeat(widths[i] - 1))
                    .append(right ? ":" : "").append(" |");
        }
        lines.add(delimiter.toString());
        for (String[] cells : rows) {
            lines.add(row(cells));
        }
        return lines;
    }

    private String row(String[] cells) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String padding = " ".repeat(widths[i] - width(cells[i]));
            line.append(' ');
            if (columns.get(i).alignment() == Alignment.RIGHT) {
                line.append(padding).append(cells[i]);
            } else {
                line.append(cells[i]).append(padding);
            }
            line.append(" |");
        }
        return line.toString();
    }

    /**
     * The columns a text takes in a monospaced font: combining marks and format characters take
     * none, East Asian wide characters two. An approximation of Unicode's East Asian Width that
     * only decides padding: a cell it gets wrong still reads back as the same text.
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < FIRST_COMBINING_MARK && c != SOFT_HYPHEN) {
                // Latin text, most cells: no need to ask for the character's type.
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
