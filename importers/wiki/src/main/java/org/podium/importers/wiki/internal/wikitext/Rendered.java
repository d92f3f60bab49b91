package org.podium.importers.wiki.internal.wikitext;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.wiki.internal.Cell;
import org.podium.model.SourcePosition;

/**
 * A fragment of wikitext with its markup removed: its text (each line written as the plain
 * article writes it, a flag icon's nation before the name: {@code FRA Stéphane Peterhansel FRA
 * Jean-Paul Cottret}), its lines with their nations, whether it is struck through, the texts of
 * its footnotes, and the {@code <ref>} footnotes that become notes of its table.
 */
record Rendered(String text, ImmutableList<Cell.Line> lines, boolean struck, ImmutableList<String> footnotes,
        ImmutableList<RefNote> refNotes) {

    /**
     * A {@code <ref>}'s text, where it is written, and what makes two of them one note (the
     * name of a named footnote, or the text).
     */
    record RefNote(String key, String text, SourcePosition position) {
    }
}
