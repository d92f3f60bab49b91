package org.podium.importers.wiki.internal.html;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.wiki.internal.Cell;

/**
 * What an element (a cell, a caption, a heading, a paragraph) holds once its markup is read.
 *
 * @param text      the text as the plain article writes it: lines joined by a space, a line whose
 *                  flag gives a three-letter code written {@code FRA Name}
 * @param lines     the lines, each with its flag's nationality; empty when there is no text
 * @param struck    whether all of the text is struck through
 * @param footnotes the footnotes its markers point at
 * @param leftOut   text struck through beside text that is not (a result given to another rider),
 *                  left out of {@code text}; empty when nothing was left out
 */
record Content(String text, ImmutableList<Cell.Line> lines, boolean struck, ImmutableList<Footnote> footnotes,
        String leftOut) {

    /**
     * A footnote marker.
     *
     * @param text the footnote's text, or the marker as written ({@code [a]}) when the page has no
     *             references list holding it
     * @param note the footnote the marker points at, or null
     */
    record Footnote(String text, Footnotes.Note note) {
    }

    ImmutableList<String> footnoteTexts() {
        return footnotes.collect(Footnote::text);
    }
}
