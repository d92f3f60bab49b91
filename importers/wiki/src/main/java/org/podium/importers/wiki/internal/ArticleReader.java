package org.podium.importers.wiki.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Reads the plain-text rendering of a wiki article ({@code = Title =}, an infobox of
 * {@code - Key: Value} lines, prose, {@code ==Sections==}, tables of {@code | a | b |} rows, notes
 * as {@code - - …} lines) into a {@link WikiDocument}. The rendering lost the tables' merged
 * cells; {@link PipeTable} puts rows back under their headers.
 */
public final class ArticleReader {

    private static final Pattern PROPERTY = Pattern.compile("- ([^:]+):(.*)");
    private static final Pattern NOTE = Pattern.compile("- - (.*)");
    private static final Pattern SOURCE = Pattern.compile("- Source:(.*)");

    private final String sourceName;
    private final Diagnostics diagnostics;

    private final PageLimits limits;

    public ArticleReader(String sourceName, Diagnostics diagnostics) {
        this(sourceName, diagnostics, PageLimits.DEFAULT);
    }

    /** A reader that refuses pages over {@code limits} (tests lower them). */
    public ArticleReader(String sourceName, Diagnostics diagnostics, PageLimits limits) {
        this.sourceName = sourceName;
        this.diagnostics = diagnostics;
        this.limits = limits;
    }

    /** Whether the first lines look like this format: a {@code = Title =} line, then wiki sections or tables. */
    public static boolean looksLikeArticle(String head) {
        String[] lines = head.split("\\R", -1);
        if (lines.length == 0 || Headings.title(lines[0].strip()) == null || lines[0].startsWith("==")) {
            return false;
        }
        return head.contains("\n==") || head.contains("\n| ") || head.contains("\n- ");
    }

    public WikiDocument read(String text) throws ImportException {
        String[] lines = text.split("\\R", -1);
        String title = lines.length == 0 ? null : Headings.title(lines[0].strip());
        if (title == null || lines[0].startsWith("==")) {
            throw new ImportException(at(1, 1), "this is not a wiki article in plain-text form: the first line should be"
                    + " the title as '= Title =', but it is '" + abbreviate(lines.length == 0 ? "" : lines[0]) + "'");
        }
        MutableList<WikiDocument.Located> properties = Lists.mutable.empty();
        MutableList<String> prose = Lists.mutable.empty();
        MutableList<Grid> grids = Lists.mutable.empty();
        MutableList<Grid.NoteLine> looseNotes = Lists.mutable.empty();
        MutableList<String> sectionPath = Lists.mutable.empty();
        PageLimits.Cells cells = limits.cells();

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
            String[] section = Headings.section(stripped);
            if (section != null) {
                lastGrid = closeGrid(grids, lastGrid, lastGridNotes);
                int level = section[0].length() - 1;
                while (sectionPath.size() >= level) {
                    sectionPath.remove(sectionPath.size() - 1);
                }
                while (sectionPath.size() < level - 1) {
                    sectionPath.add("");
                }
                sectionPath.add(section[1]);
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
                // Null past the page's limit of cells: the rest is read only to count them.
                lastGrid = new PipeTable(sourceName, diagnostics, cells).read(lines, i, end, sectionPath.toImmutable());
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
        if (cells.exceeded()) {
            throw cells.refusal();
        }
        closeGrid(grids, lastGrid, lastGridNotes);
        return new WikiDocument(sourceName, title, properties.toImmutable(), prose.toImmutable(),
                grids.toImmutable(), looseNotes.toImmutable(), at(1, 1));
    }

    private static Grid closeGrid(MutableList<Grid> grids, Grid grid, MutableList<Grid.NoteLine> notes) {
        if (grid != null) {
            grids.add(new Grid(grid.sectionPath(), grid.columns(), grid.rows(), notes.toImmutable(), grid.position()));
        }
        return null;
    }

    private SourcePosition at(int line, int column) {
        return SourcePosition.of(sourceName, line, column);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
