package org.podium.exporters.excel.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.podium.check.Finding;
import org.podium.model.Entry;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.SourcePosition;
import org.podium.model.Times;
import org.podium.report.Report;

/**
 * The Checks sheet: one row per consistency finding in the report's scope, in the order the checks
 * give them, so a statistician can filter contradictions from what the notes explain and sum or
 * compare the expected and found times. Like the rest of the workbook it shows everything in
 * scope: after stage N, the findings about stage N and every stage before it.
 */
final class ChecksSheet {

    private final Report report;
    private final EventIndex index;

    ChecksSheet(Report report) {
        this.report = report;
        this.index = report.index();
    }

    void write(WorkbookParts parts) {
        List<String> header = new Headers(report.labels()).column("severity").column("category").column("stage")
                .column("classification").column("crew").duration("expected").duration("found").column("message")
                .column("note").column("source").list();
        TableSheet sheet = new TableSheet(parts, report.labels().text("sheet.checks"), header);
        for (Finding finding : report.findings()) {
            // Severity and classification are ids (contradiction, general): codes to filter on.
            RowValues row = RowValues.of()
                    .text(finding.severity().id())
                    .text(finding.categoryId() == null ? null : index.categoryName(finding.categoryId()))
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

    /** The crew's names; its id when the scope has no such entry, so the reference is not lost. */
    private String crewNames(String entryId) {
        return index.entry(entryId).map(Entry::crewNames).orElse(entryId);
    }

    /** The note's own words; its id when the scope has no such note, so the reference is not lost. */
    private String noteText(String noteId) {
        return noteId == null ? null : index.note(noteId).map(Note::text).orElse(noteId);
    }
}
