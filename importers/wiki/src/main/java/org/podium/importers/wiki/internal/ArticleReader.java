package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Reads the plain-text rendering of a wiki article ({@code = Title =}, an infobox of
 * {@code - Key: Value} lines, prose, {@code ==Sections==}, tables of {@code | a | b |} rows, notes
 * as {@code - - …} lines) into a {@link WikiDocument}. The rendering lost the tables' merged
 * cells; {@link SpanRealigner} puts rows back under their headers.
 */
public final class ArticleReader {

    private static final Pattern TITLE = Pattern.compile("=\\s*([^=].*?)\\s*=");
    private static final Pattern SECTION = Pattern.compile("(={2,6})\\s*(.*?)\\s*\\1");
    private static final Pattern PROPERTY = Pattern.compile("- ([^:]+):(.*)");
    private static final Pattern NOTE = Pattern.compile("- - (.*)");
    private static final Pattern SOURCE = Pattern.compile("- Source:(.*)");
    private static final Pattern MARKUP = Pattern.compile("<[^>]+>");

    private final String sourceName;
    private final Diagnostics diagnostics;

    public ArticleReader(String sourceName, Diagnostics diagnostics) {
        this.sourceName = sourceName;
        this.diagnostics = diagnostics;
    }

    /** Whether the first lines look like this format: a {@code = Title =} line, then wiki sections or tables. */
    public static boolean looksLikeArticle(String head) {
        String[] lines = head.split("\\R", -1);
        if (lines.length == 0 || !TITLE.matcher(lines[0].strip()).matches() || lines[0].startsWith("==")) {
            return false;
        }
        return head.contains("\n==") || head.contains("\n| ") || head.contains("\n- ");
    }

    public WikiDocument read(String text) throws ImportException {
        String[] lines = text.split("\\R", -1);
        Matcher title = lines.length == 0 ? null : TITLE.matcher(lines[0].strip());
        if (title == null || !title.matches() || lines[0].startsWith("==")) {
            throw new ImportException(at(1, 1), "this is not a wiki article in plain-text form: the first line should be"
                    + " the title as '= Title =', but it is '" + abbreviate(lines.length == 0 ? "" : lines[0]) + "'");
        }
        MutableList<WikiDocument.Located> properties = Lists.mutable.empty();
        MutableList<String> prose = Lists.mutable.empty();
        MutableList<Grid> grids = Lists.mutable.empty();
        MutableList<Grid.NoteLine> looseNotes = Lists.mutable.empty();
        MutableList<String> sectionPath = Lists.mutable.empty();

        boolean inSections = false;
        Grid lastGrid = null;
        MutableList<Grid.NoteLine> lastGridNotes = null;
        int i = 1;
        while (i < lines.length) {
            String line = lines[i];
            int lineNumber = i + 1;
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                i++;
                continue;
            }
            Matcher section = SECTION.matcher(stripped);
            if (section.matches()) {
                lastGrid = closeGrid(grids, lastGrid, lastGridNotes);
                int level = section.group(1).length() - 1;
                while (sectionPath.size() >= level) {
                    sectionPath.remove(sectionPath.size() - 1);
                }
                while (sectionPath.size() < level - 1) {
                    sectionPath.add("");
                }
                sectionPath.add(section.group(2));
                inSections = true;
                i++;
                continue;
            }
            if (stripped.startsWith("|")) {
                lastGrid = closeGrid(grids, lastGrid, lastGridNotes);
                int end = i;
                while (end < lines.length && lines[end].strip().startsWith("|")) {
                    end++;
                }
                lastGrid = readTable(lines, i, end, sectionPath.toImmutable());
                lastGridNotes = Lists.mutable.empty();
                i = end;
                continue;
            }
            Matcher note = NOTE.matcher(stripped);
            if (note.matches()) {
                (lastGrid != null ? lastGridNotes : looseNotes).add(
                        new Grid.NoteLine(note.group(1).strip(), at(lineNumber, line.indexOf(note.group(1)) + 1)));
                i++;
                continue;
            }
            Matcher source = SOURCE.matcher(stripped);
            if (source.matches()) {
                // An empty "- Source:" line is the rendering's leftover of a citation: nothing to keep.
                if (!source.group(1).isBlank()) {
                    (lastGrid != null ? lastGridNotes : looseNotes).add(
                            new Grid.NoteLine("Source: " + source.group(1).strip(), at(lineNumber, 1)));
                }
                i++;
                continue;
            }
            Matcher property = PROPERTY.matcher(stripped);
            if (!inSections && property.matches() && prose.isEmpty()) {
                properties.add(new WikiDocument.Located(property.group(1).strip(), property.group(2).strip(),
                        at(lineNumber, 3)));
                i++;
                continue;
            }
            if (!inSections && prose.isEmpty() && properties.isEmpty() && i + 1 < lines.length
                    && PROPERTY.matcher(lines[i + 1].strip()).matches()) {
                // The infobox's caption, the line just above its entries.
                properties.add(new WikiDocument.Located("Caption", stripped, at(lineNumber, 1)));
                i++;
                continue;
            }
            if (!inSections) {
                prose.add(stripped);
            } else {
                // Prose inside a section is kept as a note beside what it follows.
                (lastGrid != null ? lastGridNotes : looseNotes).add(new Grid.NoteLine(stripped, at(lineNumber, 1)));
            }
            i++;
        }
        closeGrid(grids, lastGrid, lastGridNotes);
        return new WikiDocument(sourceName, title.group(1), properties.toImmutable(), prose.toImmutable(),
                grids.toImmutable(), looseNotes.toImmutable(), at(1, 1));
    }

    private static Grid closeGrid(MutableList<Grid> grids, Grid grid, MutableList<Grid.NoteLine> notes) {
        if (grid != null) {
            grids.add(new Grid(grid.sectionPath(), grid.columns(), grid.rows(), notes.toImmutable(), grid.position()));
        }
        return null;
    }

    private Grid readTable(String[] lines, int from, int to, ImmutableList<String> sectionPath) {
        MutableList<ImmutableList<Cell>> rawRows = Lists.mutable.empty();
        for (int i = from; i < to; i++) {
            rawRows.add(splitRow(lines[i], i + 1));
        }
        int headerCount = 0;
        while (headerCount < rawRows.size() && isHeaderRow(rawRows.get(headerCount))) {
            headerCount++;
        }
        SourcePosition tableStart = at(from + 1, 1);
        if (headerCount == 0) {
            diagnostics.report(Diagnostic.warning(tableStart,
                    "this table has no header row; its columns are numbered instead of named"));
        }
        Header header = Header.of(rawRows.subList(0, headerCount).collect(row -> row.collect(Cell::text)).toImmutable(),
                rawRows.subList(headerCount, rawRows.size()).collectInt(ImmutableList::size).maxIfEmpty(0),
                diagnostics, tableStart);
        SpanRealigner realigner = new SpanRealigner(header.kinds(), header.blockPositions(), diagnostics);
        MutableList<Grid.GridRow> rows = Lists.mutable.empty();
        ImmutableList<Cell> previous = null;
        for (int r = headerCount; r < rawRows.size(); r++) {
            ImmutableList<Cell> raw = rawRows.get(r);
            SourcePosition rowStart = at(from + r + 1, 1);
            ImmutableList<Cell> resolved = realigner.resolve(raw, previous, rowStart);
            rows.add(new Grid.GridRow(resolved, rowStart));
            previous = resolved;
        }
        return new Grid(sectionPath, header.columns(), rows.toImmutable(), Lists.immutable.empty(), tableStart);
    }

    private ImmutableList<Cell> splitRow(String line, int lineNumber) {
        MutableList<Cell> cells = Lists.mutable.empty();
        int start = line.indexOf('|') + 1;
        String trimmedEnd = line.stripTrailing();
        boolean closed = trimmedEnd.endsWith("|") && trimmedEnd.length() > start;
        if (!closed) {
            diagnostics.report(Diagnostic.error(at(lineNumber, trimmedEnd.length() + 1),
                    "this table row is cut off: it should end with '|'; the cells before this point were read"));
        }
        int limit = closed ? trimmedEnd.length() - 1 : trimmedEnd.length();
        while (start <= limit) {
            int bar = line.indexOf('|', start);
            int cellEnd = bar < 0 || bar > limit ? limit : bar;
            String rawText = line.substring(start, cellEnd);
            int offset = 0;
            while (offset < rawText.length() && Character.isWhitespace(rawText.charAt(offset))) {
                offset++;
            }
            String cleaned = MARKUP.matcher(rawText).replaceAll("").strip();
            cells.add(Cell.own(cleaned, at(lineNumber, start + offset + 1)));
            if (cellEnd == limit) {
                break;
            }
            start = cellEnd + 1;
        }
        return cells.toImmutable();
    }

    private static boolean isHeaderRow(ImmutableList<Cell> row) {
        return row.anySatisfy(c -> !c.isEmpty())
                && row.noneSatisfy(c -> switch (CellKind.of(c.text())) {
                    case INTEGER, DECIMAL, CLOCK, DATE -> true;
                    default -> false;
                });
    }

    private SourcePosition at(int line, int column) {
        return SourcePosition.of(sourceName, line, column);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * A table's header rows turned into one header path per column. The row with the most names
     * names the columns; a row above it names groups of columns (one per repeated block, such as
     * the stage result and the general classification side by side); a row below it names the
     * columns under the last group, left-aligned as the rendering wrote it ({@code Bikes | Cars |
     * Trucks} under {@code Stage winners}).
     */
    private record Header(ImmutableList<ImmutableList<String>> columns, ImmutableList<ColumnKind> kinds,
            int[] blockPositions) {

        static Header of(ImmutableList<ImmutableList<String>> rows, int dataWidth, Diagnostics diagnostics,
                SourcePosition where) {
            if (rows.isEmpty()) {
                MutableList<ImmutableList<String>> numbered = Lists.mutable.empty();
                for (int c = 0; c < dataWidth; c++) {
                    numbered.add(Lists.immutable.of("column " + (c + 1)));
                }
                return build(numbered.toImmutable(), Lists.immutable.empty());
            }
            int main = 0;
            for (int r = 0; r < rows.size(); r++) {
                if (named(rows.get(r)) >= named(rows.get(main))) {
                    main = r;
                }
            }
            MutableList<String> names = Lists.mutable.withAll(rows.get(main));
            MutableList<ImmutableList<String>> paths = names.collect(name -> Lists.immutable.of(name));
            ImmutableList<Integer> blockStarts = blockStarts(names);
            if (blockStarts.size() == 2) {
                int firstLength = blockStarts.get(1) - blockStarts.get(0);
                int secondLength = names.size() - blockStarts.get(1);
                if (secondLength < firstLength) {
                    ImmutableList<String> missing = names.subList(blockStarts.get(0) + secondLength,
                            blockStarts.get(1)).toImmutable();
                    diagnostics.report(Diagnostic.info(where, "the second block of columns has no header for "
                            + missing.makeString(", ") + "; taken to have the same columns as the first"));
                    for (String name : missing) {
                        names.add(name);
                        paths.add(Lists.immutable.of(name));
                    }
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                ImmutableList<String> groupNames = rows.get(r).reject(String::isEmpty);
                if (r < main && !blockStarts.isEmpty()) {
                    for (int g = 0; g < groupNames.size() && g < blockStarts.size(); g++) {
                        int blockEnd = g + 1 < blockStarts.size() ? blockStarts.get(g + 1) : names.size();
                        for (int c = blockStarts.get(g); c < blockEnd; c++) {
                            paths.set(c, Lists.immutable.of(groupNames.get(g), names.get(c)));
                        }
                    }
                } else if (r > main && !groupNames.isEmpty()) {
                    int firstSub = Math.max(0, names.size() - groupNames.size());
                    String group = lastNamedAtOrBefore(names, firstSub);
                    for (int g = 0; g < groupNames.size() && firstSub + g < names.size(); g++) {
                        paths.set(firstSub + g, Lists.immutable.of(group, groupNames.get(g)));
                    }
                }
            }
            while (paths.size() < dataWidth) {
                paths.add(Lists.immutable.of("column " + (paths.size() + 1)));
            }
            return build(paths.toImmutable(), blockStarts);
        }

        private static Header build(ImmutableList<ImmutableList<String>> paths, ImmutableList<Integer> blockStarts) {
            ImmutableList<ColumnKind> kinds = paths.collect(path -> ColumnKind.ofHeader(path.getLast()));
            int[] blockPositions = new int[paths.size()];
            java.util.Arrays.fill(blockPositions, -1);
            for (int b = 0; b < blockStarts.size(); b++) {
                int start = blockStarts.get(b);
                int end = b + 1 < blockStarts.size() ? blockStarts.get(b + 1) : paths.size();
                for (int c = start; c < end; c++) {
                    blockPositions[c] = start;
                }
            }
            return new Header(paths, kinds, blockPositions);
        }

        /** Where each copy of a repeated run of column names starts (the first repeated name). */
        private static ImmutableList<Integer> blockStarts(MutableList<String> names) {
            for (int c = 0; c < names.size(); c++) {
                String name = names.get(c).toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                int again = -1;
                for (int d = c + 1; d < names.size(); d++) {
                    if (names.get(d).toLowerCase(Locale.ROOT).equals(name)) {
                        again = d;
                        break;
                    }
                }
                if (again > 0) {
                    return Lists.immutable.of(c, again);
                }
            }
            return Lists.immutable.empty();
        }

        private static String lastNamedAtOrBefore(MutableList<String> names, int column) {
            for (int c = Math.min(column, names.size() - 1); c >= 0; c--) {
                if (!names.get(c).isEmpty()) {
                    return names.get(c);
                }
            }
            return "";
        }

        private static int named(ImmutableList<String> row) {
            return row.count(name -> !name.isEmpty());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Header that && columns.equals(that.columns);
        }

        @Override
        public int hashCode() {
            return columns.hashCode();
        }

        @Override
        public String toString() {
            return columns.toString();
        }
    }
}
