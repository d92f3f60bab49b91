package org.podium.exporters.excel.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.model.Category;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.SourcePosition;
import org.podium.model.Times;
import org.podium.spi.ExportOptions;

/**
 * The Checks sheet: one row per consistency finding of the event, in the order the checks give
 * them, so a statistician can filter contradictions from what the notes explain and sum or compare
 * the expected and found times.
 */
final class ChecksSheet {

    static final List<String> HEADER = List.of("Severity", "Category", "Stage", "Classification", "Crew",
            "Expected", "Expected (ms)", "Found", "Found (ms)", "Message", "Note", "Source");

    private final Event event;
    private final ExportOptions options;
    private final ImmutableMap<String, Entry> entriesById;

    ChecksSheet(Event event, ExportOptions options, ImmutableMap<String, Entry> entriesById) {
        this.event = event;
        this.options = options;
        this.entriesById = entriesById;
    }

    void write(WorkbookParts parts) {
        TableSheet sheet = new TableSheet(parts, "Checks", HEADER);
        for (Finding finding : findings()) {
            RowValues row = RowValues.of()
                    .text(finding.severity().id())
                    .text(finding.categoryId() == null ? null : categoryName(finding.categoryId()))
                    .stage(finding.stageLabel())
                    .text(finding.classification())
                    .text(EventWorkbook.joined(finding.entryIds().collect(this::crewNames)));
            clockOrText(row, finding.expected());
            clockOrText(row, finding.found());
            sheet.append(row
                    .text(finding.message())
                    .text(noteText(finding.noteId()))
                    .text(EventWorkbook.joined(finding.sources().select(SourcePosition::isKnown)
                            .collect(SourcePosition::describe))));
        }
        sheet.finish();
    }

    /**
     * Findings about an included category or about none; with a stage chosen, those about that
     * stage or about no stage, as the documents after a stage speak of that stage.
     */
    ImmutableList<Finding> findings() {
        return ConsistencyChecks.of(event)
                .select(f -> f.categoryId() == null || options.includes(f.categoryId()))
                .select(f -> options.stageLabel() == null || f.stageLabel() == null
                        || f.stageLabel().equals(options.stageLabel()));
    }

    /**
     * A time as a real duration with its milliseconds twin. The itinerary's winner check compares
     * names, not times: such a value stays the text it is, and has no milliseconds.
     */
    private static void clockOrText(RowValues row, String value) {
        Optional<Duration> time = value == null ? Optional.empty() : Times.parseClock(value);
        if (time.isPresent() || value == null) {
            row.duration(time.orElse(null));
        } else {
            row.text(value).text(null);
        }
    }

    private String crewNames(String entryId) {
        Entry entry = entriesById.get(entryId);
        return entry == null ? entryId : entry.crewNames();
    }

    /** The note's own words; its id when the event has no such note, so the reference is not lost. */
    private String noteText(String noteId) {
        if (noteId == null) {
            return null;
        }
        return event.notes().detectOptional(note -> note.id().equals(noteId)).map(Note::text).orElse(noteId);
    }

    private String categoryName(String categoryId) {
        return event.category(categoryId).map(Category::name).orElse(categoryId);
    }
}
