package org.podium.importers.wiki.internal;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.SourcePosition;

/**
 * What a reader found in a wiki article, before any of it is understood as a race: the layer
 * between a format's syntax and the interpretation, so every wiki format shares one
 * interpretation.
 *
 * @param sourceName  the file name
 * @param title       the article's title
 * @param properties  the infobox entries, in order
 * @param prose       the paragraphs of prose before the first section
 * @param grids       every table, in order
 * @param looseNotes  notes not written under a table
 * @param titlePosition where the title was read
 */
public record WikiDocument(
        String sourceName,
        String title,
        ImmutableList<Located> properties,
        ImmutableList<String> prose,
        ImmutableList<Grid> grids,
        ImmutableList<Grid.NoteLine> looseNotes,
        SourcePosition titlePosition) {

    /** A key and value with where they were read. */
    public record Located(String key, String value, SourcePosition position) {
    }
}
