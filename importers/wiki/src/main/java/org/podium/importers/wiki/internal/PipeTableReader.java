package org.podium.importers.wiki.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Reads a bare table in the article's {@code | a | b |} syntax, without the article around it:
 * header row(s), then rows, then optionally the notes written under it ({@code - - …}). The
 * title is the file's name. Text that is neither a row nor a note is kept as a note and said.
 */
public final class PipeTableReader {

    private static final Pattern NOTE = Pattern.compile("- - (.*)");
    private static final Pattern SOURCE = Pattern.compile("- Source:(.*)");

    private final String sourceName;
    private final Diagnostics diagnostics;

    private final PageLimits limits;

    public PipeTableReader(String sourceName, Diagnostics diagnostics) {
        this(sourceName, diagnostics, PageLimits.DEFAULT);
    }

    /** A reader that refuses pages over {@code limits} (tests lower them). */
    public PipeTableReader(String sourceName, Diagnostics diagnostics, PageLimits limits) {
        this.sourceName = sourceName;
        this.diagnostics = diagnostics;
        this.limits = limits;
    }

    public WikiDocument read(String text) throws ImportException {
        String[] lines = text.split("\\R", -1);
        MutableList<Grid> grids = Lists.mutable.empty();
        MutableList<Grid.NoteLine> looseNotes = Lists.mutable.empty();
        MutableList<Grid.NoteLine> notes = null;
        Grid grid = null;
        PageLimits.Cells cells = limits.cells();
        PipeTable tables = new PipeTable(sourceName, diagnostics, cells);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                i++;
                continue;
            }
            if (PipeTable.isRow(line)) {
                close(grids, grid, notes);
                int end = i;
                while (end < lines.length && PipeTable.isRow(lines[end])) {
                    end++;
                }
                if (grid != null) {
                    diagnostics.report(Diagnostic.info(at(i + 1, 1), "a second table starts here, after the notes of"
                            + " the first; it is read as a table of its own"));
                }
                // Null past the page's limit of cells: the rest is read only to count them.
                grid = tables.read(lines, i, end, Lists.immutable.empty());
                notes = Lists.mutable.empty();
                i = end;
                continue;
            }
            Matcher note = NOTE.matcher(stripped);
            Matcher source = SOURCE.matcher(stripped);
            Grid.NoteLine noteLine;
            if (note.matches()) {
                noteLine = new Grid.NoteLine(note.group(1).strip(), at(i + 1, line.indexOf(note.group(1)) + 1));
            } else if (source.matches()) {
                noteLine = source.group(1).isBlank() ? null
                        : new Grid.NoteLine("Source: " + source.group(1).strip(), at(i + 1, 1));
            } else {
                noteLine = new Grid.NoteLine(stripped, at(i + 1, line.indexOf(stripped) + 1));
                diagnostics.report(Diagnostic.info(noteLine.position(), "this line is not a table row ('| a | b |')"
                        + " nor a note ('- - …'); it is kept as a note: '" + abbreviate(stripped) + "'"));
            }
            if (noteLine != null) {
                (grid != null ? notes : looseNotes).add(noteLine);
            }
            i++;
        }
        if (cells.exceeded()) {
            throw cells.refusal();
        }
        close(grids, grid, notes);
        if (grids.isEmpty()) {
            throw new ImportException(at(1, 1), "this file holds no '| a | b |' table row");
        }
        return new WikiDocument(sourceName, fileStem(sourceName), Lists.immutable.empty(), Lists.immutable.empty(),
                grids.toImmutable(), looseNotes.toImmutable(), at(1, 1));
    }

    private static void close(MutableList<Grid> grids, Grid grid, MutableList<Grid.NoteLine> notes) {
        if (grid != null) {
            grids.add(new Grid(grid.sectionPath(), grid.columns(), grid.rows(), notes.toImmutable(), grid.position()));
        }
    }

    private SourcePosition at(int line, int column) {
        return SourcePosition.of(sourceName, line, column);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The file name without its extension: the table's only title. */
    private static String fileStem(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
