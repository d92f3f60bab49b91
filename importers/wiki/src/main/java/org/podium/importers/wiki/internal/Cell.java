package org.podium.importers.wiki.internal;

import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.SourcePosition;

/**
 * One cell of a grid, after spans are resolved: a cell that a row- or column-span covers holds a
 * copy of the spanning cell and says where the copy came from.
 *
 * <p>Readers of formats with markup say more than the text: whether the cell was a header cell
 * ({@code !} in wikitext, {@code <th>} in HTML, where a Grand Prix writes its positions), its lines
 * with the nationality each one's flag gives (a crew, one person a line), whether it was struck
 * through (a disqualified rider), and its footnotes.
 *
 * @param text      the cell's text, markup removed; in a crew cell each person written as the plain
 *                  article does ({@code FRA Stéphane Peterhansel FRA Jean-Paul Cottret})
 * @param position  where the (spanning) cell was read
 * @param span      whether this is the cell itself or a copy made by a span
 * @param header    whether the source marks it as a header cell
 * @param lines     the cell's lines ({@code <br>}-separated), each with its flag's nationality; empty
 *                  when the reader cannot tell (the plain article)
 * @param struck    whether the source strikes the text through
 * @param footnotes the texts of the footnotes attached to the cell
 */
public record Cell(String text, SourcePosition position, Span span, boolean header, ImmutableList<Line> lines,
        boolean struck, ImmutableList<String> footnotes) {

    /** Where a cell's text came from. */
    public enum Span {
        /** Written in this row and column. */
        OWN,
        /** Covered by a cell above (rowspan). */
        FROM_ABOVE,
        /** Covered by a cell to the left (colspan). */
        FROM_LEFT
    }

    /**
     * One line of a cell.
     *
     * @param nation the nationality its flag gives, as written ({@code FRA}, {@code France}), or null
     * @param text   the line's text
     */
    public record Line(String nation, String text) {
        public Line {
            Objects.requireNonNull(text, "text");
        }
    }

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(footnotes, "footnotes");
    }

    /** A cell of the plain article: its text, nothing more. */
    public static Cell own(String text, SourcePosition position) {
        return new Cell(text, position, Span.OWN, false, Lists.immutable.empty(), false, Lists.immutable.empty());
    }

    public static Cell empty(SourcePosition position) {
        return own("", position);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** A copy of this cell standing where a span puts it. */
    public Cell spanned(Span how) {
        return new Cell(text, position, how, header, lines, struck, footnotes);
    }
}
