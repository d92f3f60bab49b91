package org.podium.importers.wiki.internal;

import org.podium.model.SourcePosition;

/**
 * One cell of a grid, after spans are resolved: a cell that a row- or column-span covers holds a
 * copy of the spanning cell's text and says where the copy came from.
 *
 * @param text     the cell's text, markup removed
 * @param position where the (spanning) cell was read
 * @param span     whether this is the cell itself or a copy made by a span
 */
public record Cell(String text, SourcePosition position, Span span) {

    /** Where a cell's text came from. */
    public enum Span {
        /** Written in this row and column. */
        OWN,
        /** Covered by a cell above (rowspan). */
        FROM_ABOVE,
        /** Covered by a cell to the left (colspan). */
        FROM_LEFT
    }

    public static Cell own(String text, SourcePosition position) {
        return new Cell(text, position, Span.OWN);
    }

    public static Cell empty(SourcePosition position) {
        return new Cell("", position, Span.OWN);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    Cell spanned(Span how) {
        return new Cell(text, position, how);
    }
}
