package org.podium.importers.wiki.internal.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.importers.wiki.internal.PageLimits;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Reads the structure of a MediaWiki table, {@code {|} to {@code |}}: its caption, rows and cells
 * with their attributes, and the tables nested in its cells (each kept as a table of its own).
 * Cell text is left as source ranges; {@link TableLayout} renders it and resolves the spans.
 */
final class TableParser {

    // Possessive throughout: a long run of letters must not be split into names in every possible way.
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "\\s*+(?:[A-Za-z][\\w:.-]*+(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'>]++))?+\\s*+)*+");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile(
            "([A-Za-z][\\w:.-]*+)(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'>]++))?+");
    private static final Pattern ROWSPAN = spanAttribute("rowspan");
    private static final Pattern COLSPAN = spanAttribute("colspan");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** Tables nested deeper than this are read as text of their cell: no real page goes near it. */
    private static final int MAX_NESTING = 20;
    private static final Set<String> KNOWN_ATTRIBUTES = Set.of("align", "valign", "rowspan", "colspan", "style",
            "class", "bgcolor", "width", "height", "nowrap", "scope", "id", "title", "data-sort-value",
            "data-sort-type", "abbr", "headers", "lang", "dir", "bordercolor", "background", "char", "charoff",
            "axis", "border", "cellpadding", "cellspacing", "role", "color", "size", "face");

    /** A table as written: where it starts, its attributes, caption, rows and nested tables. */
    static final class RawTable {
        final int start;
        final String attributes;
        List<int[]> caption;
        int captionAt = -1;
        final List<RawRow> rows = new ArrayList<>();
        final List<RawTable> nested = new ArrayList<>();
        boolean closed;

        RawTable(int start, String attributes) {
            this.start = start;
            this.attributes = attributes;
        }
    }

    /** One row: its cells in order, and where it starts. */
    static final class RawRow {
        /** Trimmed when the row ends: a row of one cell keeps room for one, not ten (1.4 million rows, 45 MB). */
        final ArrayList<RawCell> cells = new ArrayList<>();
        final int start;

        RawRow(int start) {
            this.start = start;
        }
    }

    /**
     * One cell: header or data, its content ranges, its spans. Most cells are one range, kept as two
     * ints; the lines of text below a cell's first add ranges. A list and an array per range cost
     * 64 bytes a cell more (128 MB for the 2 million cells a 10 MB row can hold).
     */
    static final class RawCell {
        final boolean header;
        final int contentStart;
        private int contentEnd;
        /** The ranges after the first, two ints each ({@code from, to}), or null. */
        private int[] more;
        /** Spans are read up to 1000 (see {@link TableParser#span}): a short holds them. */
        private final short rowspan;
        private final short colspan;

        RawCell(boolean header, int contentStart, int contentEnd, int rowspan, int colspan) {
            this.header = header;
            this.contentStart = contentStart;
            this.contentEnd = contentEnd;
            this.rowspan = (short) rowspan;
            this.colspan = (short) colspan;
        }

        int rowspan() {
            return rowspan;
        }

        int colspan() {
            return colspan;
        }

        /** The cell's content ranges, each {@code {from, to}}, in order. */
        List<int[]> ranges() {
            List<int[]> ranges = new ArrayList<>(1 + (more == null ? 0 : more.length / 2));
            ranges.add(new int[] {contentStart, contentEnd});
            for (int i = 0; more != null && i < more.length; i += 2) {
                ranges.add(new int[] {more[i], more[i + 1]});
            }
            return ranges;
        }

        /** A line of text below the cell's first: joined to the last range when it follows it directly. */
        void continueWith(int from, int to) {
            if (more == null) {
                if (from == contentEnd + 1) {
                    contentEnd = to;
                } else {
                    more = new int[] {from, to};
                }
                return;
            }
            int last = more.length - 1;
            if (from == more[last] + 1) {
                more[last] = to;
            } else {
                more = java.util.Arrays.copyOf(more, more.length + 2);
                more[last + 1] = from;
                more[last + 2] = to;
            }
        }
    }

    private final WikiSource source;
    private final Diagnostics diagnostics;
    private final PageLimits.Cells cells;

    TableParser(WikiSource source, Diagnostics diagnostics, PageLimits.Cells cells) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.cells = cells;
    }

    /** Whether a logical line opens a table. */
    static boolean opensTable(WikiSource source, int[] line) {
        return source.startsWith("{|", firstNonBlank(source, line));
    }

    private static int firstNonBlank(WikiSource source, int[] line) {
        int i = line[0];
        while (i < line[1] && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Reads the table that the cursor's next line opens, leaving the cursor after its {@code |}}
     * (with any text after {@code |}} on that line pushed back as a line of its own).
     */
    RawTable parse(LineCursor lines) {
        return parse(lines, 0);
    }

    private RawTable parse(LineCursor lines, int depth) {
        int[] first = lines.next();
        int open = firstNonBlank(source, first);
        RawTable table = new RawTable(open, source.slice(open + 2, first[1]));
        RawRow row = null;
        RawCell lastCell = null;
        while (lines.hasNext()) {
            int[] line = lines.peek();
            int at = firstNonBlank(source, line);
            if (source.startsWith("{|", at) && depth < MAX_NESTING) {
                RawTable inner = parse(lines, depth + 1);
                table.nested.add(inner);
                table.nested.addAll(inner.nested);
                inner.nested.clear();
                continue;
            }
            lines.next();
            if (source.startsWith("|}", at)) {
                table.closed = true;
                int rest = at + 2;
                if (!source.slice(rest, line[1]).isBlank()) {
                    lines.pushBack(new int[] {rest, line[1]});
                }
                break;
            }
            if (source.startsWith("|+", at)) {
                int[] content = splitAttributes(at + 2, line[1], false);
                table.caption = new ArrayList<>(List.of(new int[] {content[0], line[1]}));
                table.captionAt = content[0];
                lastCell = null;
                continue;
            }
            if (source.startsWith("|-", at)) {
                endRow(row);
                row = null;
                lastCell = null;
                continue;
            }
            if (at < line[1] && (source.charAt(at) == '|' || source.charAt(at) == '!')) {
                boolean header = source.charAt(at) == '!';
                if (row == null && !cells.exceeded()) {
                    row = new RawRow(at);
                    table.rows.add(row);
                }
                lastCell = readCells(row, header, at, line[1]);
                continue;
            }
            if (source.slice(line[0], line[1]).isBlank()) {
                continue;
            }
            if (lastCell != null) {
                lastCell.continueWith(line[0], line[1]);
            } else if (cells.exceeded()) {
                // Past the page's limit the cells are only counted: their text is not kept, nor said.
                continue;
            } else if (table.caption != null && row == null) {
                table.caption.add(new int[] {line[0], line[1]});
            } else {
                diagnostics.report(Diagnostic.warning(source.position(at), "this text stands inside the table but"
                        + " outside any cell (MediaWiki shows it above the table); it was not read as part of the"
                        + " table: '" + abbreviate(source.slice(at, line[1]).strip()) + "'"));
            }
        }
        endRow(row);
        if (!table.closed) {
            diagnostics.report(Diagnostic.warning(source.position(open), "this table is never closed with '|}';"
                    + " it was read to the end of the file"));
        }
        table.rows.removeIf(r -> r.cells.isEmpty());
        return table;
    }

    private static void endRow(RawRow row) {
        if (row != null) {
            row.cells.trimToSize();
        }
    }

    /**
     * Reads the cells of one line ({@code | a || b}, {@code ! a !! b}); returns the last. Past the
     * page's limit of cells, only counts them: it keeps none and returns null.
     */
    private RawCell readCells(RawRow row, boolean header, int marker, int end) {
        int cellStart = marker + 1;
        RawCell last = null;
        int i = cellStart;
        while (true) {
            int separator = -1;
            while (i < end) {
                if (source.startsWith("||", i) || header && source.startsWith("!!", i)) {
                    separator = i;
                    break;
                }
                int constructEnd = source.constructEnd(i, end);
                i = constructEnd > 0 ? constructEnd : i + 1;
            }
            int cellEnd = separator < 0 ? end : separator;
            if (cells.exceeded()) {
                cells.take(1, null);
                last = null;
            } else {
                RawCell cell = cell(header, cellStart, cellEnd);
                last = cells.take(1, () -> source.position(cell.contentStart)) ? cell : null;
                if (last != null) {
                    row.cells.add(last);
                }
            }
            if (separator < 0) {
                return last;
            }
            cellStart = separator + 2;
            i = cellStart;
        }
    }

    private RawCell cell(boolean header, int from, int to) {
        int[] content = splitAttributes(from, to, true);
        String attributes = content[1] < 0 ? "" : source.slice(from, content[1]);
        int start = content[0];
        while (start < to && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        return new RawCell(header, start, to, span(attributes, ROWSPAN, "rowspan", from),
                span(attributes, COLSPAN, "colspan", from));
    }

    /**
     * Where a cell's content starts, and where its attributes end (-1 when it has none): text
     * before a single {@code |} is attributes, as MediaWiki reads it, unless it holds a link.
     */
    private int[] splitAttributes(int from, int to, boolean warn) {
        int bar = source.findTopLevel("|", from, to);
        if (bar < 0) {
            return new int[] {from, -1};
        }
        String candidate = source.slice(from, bar);
        if (candidate.contains("[[") || candidate.contains("{{")) {
            return new int[] {from, -1};
        }
        if (warn && !candidate.isBlank() && !validAttributes(candidate)) {
            diagnostics.report(Diagnostic.warning(source.position(from), "'" + abbreviate(candidate.strip())
                    + "' stands before a single '|' in this cell, so it is the cell's attributes (as MediaWiki"
                    + " reads it) and not its text; write '||' between two cells"));
        }
        return new int[] {bar + 1, bar};
    }

    private static boolean validAttributes(String text) {
        if (!ATTRIBUTES.matcher(text).matches()) {
            return false;
        }
        Matcher name = ATTRIBUTE_NAME.matcher(text);
        while (name.find()) {
            String lower = name.group(1).toLowerCase(Locale.ROOT);
            if (!KNOWN_ATTRIBUTES.contains(lower) && !lower.startsWith("data-") && !lower.startsWith("aria-")) {
                return false;
            }
        }
        return true;
    }

    /** A cell's rowspan or colspan: 1 when absent; 0 for a rowspan means "to the table's end". */
    private int span(String attributes, Pattern pattern, String name, int at) {
        if (attributes.isEmpty()) {
            return 1;
        }
        Matcher m = pattern.matcher(attributes);
        if (!m.find()) {
            return 1;
        }
        String value = m.group(1);
        try {
            int span = Integer.parseInt(value);
            if (span < 0 || span == 0 && name.equals("colspan")) {
                throw new NumberFormatException(value);
            }
            if (span > 1000) {
                diagnostics.report(Diagnostic.warning(source.position(at), name + "=" + value
                        + " is more than a table holds; taken as 1000"));
                return 1000;
            }
            return span;
        } catch (NumberFormatException e) {
            diagnostics.report(Diagnostic.warning(source.position(at), name + "=\"" + value
                    + "\" is not a whole number of cells; the cell is read as spanning 1"));
            return 1;
        }
    }

    private static Pattern spanAttribute(String name) {
        return Pattern.compile("(?i)\\b" + name + "\\s*=\\s*[\"']?\\s*([^\"'\\s>]*)");
    }

    static String abbreviate(String text) {
        String oneLine = WHITESPACE_RUN.matcher(text).replaceAll(" ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    /**
     * The logical lines of a file, read in order, with text pushed back (after a {@code |}}). Each
     * line is found when the cursor reaches it, not listed up front: a list of every line's range
     * held 80 MB for a 10 MB file of 2.8 million short lines.
     */
    static final class LineCursor {
        private final WikiSource source;
        /** Where the next line not yet read starts; past the text's end when every line is read. */
        private int offset;
        /** The next line, once {@link #peek} has found it. */
        private int[] peeked;
        private final java.util.ArrayDeque<int[]> pushed = new java.util.ArrayDeque<>();

        LineCursor(WikiSource source) {
            this.source = source;
        }

        boolean hasNext() {
            return !pushed.isEmpty() || offset <= source.length();
        }

        int[] peek() {
            if (!pushed.isEmpty()) {
                return pushed.peek();
            }
            if (peeked == null) {
                peeked = new int[] {offset, source.logicalLineEnd(offset)};
            }
            return peeked;
        }

        int[] next() {
            if (!pushed.isEmpty()) {
                return pushed.pop();
            }
            int[] line = peek();
            peeked = null;
            offset = line[1] + 1;
            return line;
        }

        void pushBack(int[] line) {
            pushed.push(line);
        }
    }
}
