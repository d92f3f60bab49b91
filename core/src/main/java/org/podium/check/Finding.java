package org.podium.check;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.SourcePosition;

/**
 * One thing a source contradicts, explains or leaves unverifiable.
 *
 * @param severity       contradiction, explained or info
 * @param categoryId     the category, or null for the whole event
 * @param stageLabel     the stage, or null
 * @param classification what was checked: {@code stage}, {@code general}, {@code final} or {@code itinerary}
 * @param entryIds       the crews involved
 * @param expected       the value the source's other numbers give, or null
 * @param found          the value the source writes, or null
 * @param message        one sentence a person understands
 * @param sources        where the values involved were read
 * @param noteId         the note that explains it, or null
 */
public record Finding(
        FindingSeverity severity,
        String categoryId,
        String stageLabel,
        String classification,
        ImmutableList<String> entryIds,
        String expected,
        String found,
        String message,
        ImmutableList<SourcePosition> sources,
        String noteId) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(entryIds, "entryIds");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sources, "sources");
    }
}
