package org.podium.exporters.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A GitHub-flavoured Markdown table: plain text in, escaped rows out. */
public final class MarkdownTable {

    /** Numbers and times are right-aligned so that their digits line up. */
    public enum Alignment {
        LEFT(":---"),
        RIGHT("---:");

        private final String delimiter;

        Alignment(String delimiter) {
            this.delimiter = delimiter;
        }
    }

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

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    /** Adds a row of plain-text cells, one per column; null prints as an empty cell. */
    public MarkdownTable addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row has " + columns.size() + " cells, one per column, not " + cells.size() + ": " + cells);
        }
        rows.add(new ArrayList<>(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>(rows.size() + 2);
        lines.add(row(columns.stream().map(Column::header).toList()));
        lines.add(row(columns.stream().map(column -> column.alignment().delimiter).toList(), false));
        for (List<String> cells : rows) {
            lines.add(row(cells));
        }
        return lines;
    }

    private static String row(List<String> cells) {
        return row(cells, true);
    }

    private static String row(List<String> cells, boolean escape) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            String text = cell == null ? "" : cell;
            line.append(' ').append(escape ? MarkdownText.escape(text) : text).append(" |");
        }
        return line.toString();
    }
}
