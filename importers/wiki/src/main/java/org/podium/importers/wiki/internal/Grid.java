package org.podium.importers.wiki.internal;

import java.util.Locale;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.SourcePosition;

/**
 * A table as a reader found it, whatever the source format: column headers (each a path from the
 * group header down, {@code [General classification, Pos]}), rows with exactly one cell per
 * column (spans resolved), the notes written under it, and the section path above it.
 *
 * @param sectionPath the headings above the table, outermost first ({@code [Stage Results, Cars]})
 * @param columns     one header path per column
 * @param rows        the data rows
 * @param notes       the notes written under the table, and its footnotes
 * @param position    where the table starts
 * @param caption     the table's caption, or null
 */
public record Grid(
        ImmutableList<String> sectionPath,
        ImmutableList<ImmutableList<String>> columns,
        ImmutableList<GridRow> rows,
        ImmutableList<NoteLine> notes,
        SourcePosition position,
        String caption) {

    /** A table without a caption, as the plain article writes them. */
    public Grid(ImmutableList<String> sectionPath, ImmutableList<ImmutableList<String>> columns,
            ImmutableList<GridRow> rows, ImmutableList<NoteLine> notes, SourcePosition position) {
        this(sectionPath, columns, rows, notes, position, null);
    }

    /** The last header of each column, lower case: what the column holds. */
    public ImmutableList<String> columnNames() {
        return columns.collect(path -> path.isEmpty() ? "" : path.getLast().toLowerCase(Locale.ROOT));
    }

    /** A table's headers for messages: {@code Stage | Date | From …}. */
    public String describeHeaders() {
        // A message names a few: a hostile table of thousands of columns must not make it thousands long.
        int shown = 12;
        String first = columns.take(shown).collect(path -> path.makeString(" › ")).makeString(" | ");
        return columns.size() <= shown ? first : first + " | … " + (columns.size() - shown) + " more columns";
    }

    /**
     * One data row.
     *
     * @param cells    one per column
     * @param position where the row starts
     */
    public record GridRow(ImmutableList<Cell> cells, SourcePosition position) {
        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    /** A sentence written under a table, as a note. */
    public record NoteLine(String text, SourcePosition position) {

        private static final java.util.regex.Pattern LABEL_ONLY =
                java.util.regex.Pattern.compile("(?i)(notes?|footnotes?|sources?|key|legend)\\s*:?");

        /**
         * A line that only announces what follows ("Notes", "Source:" before its footnote): no note
         * of its own, since what it announces is read where it stands.
         */
        public static boolean labelOnly(String text) {
            return LABEL_ONLY.matcher(text.strip()).matches();
        }
    }
}
