package org.podium.model;

import java.util.Objects;

/**
 * A sentence from the source, kept beside the table it belongs to.
 *
 * @param id         {@code n1}, {@code n2}, … in source order
 * @param categoryId the category it is about, or null when about more than one
 * @param stageLabel the stage it is about, or null
 * @param table      the part of the source it stands beside
 * @param text       the sentence
 * @param source     where it was read
 */
public record Note(String id, String categoryId, String stageLabel, NoteTable table, String text, SourcePosition source) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(table, "table");
        text = Objects.requireNonNull(Text.cleanOrNull(text), "text");
        Objects.requireNonNull(source, "source");
        stageLabel = Text.cleanOrNull(stageLabel);
    }
}
