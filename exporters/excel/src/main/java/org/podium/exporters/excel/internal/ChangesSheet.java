package org.podium.exporters.excel.internal;

import java.util.List;
import org.podium.diff.Change;
import org.podium.report.Amendment;
import org.podium.report.ChangeText;
import org.podium.report.Report;

/**
 * The Changes sheet of an amendment: one row per change since the version it replaces, in the
 * order of {@code podium diff}, with the columns of its CSV (codes to filter on: subject, change,
 * field; the values as the data package writes them) and the change in words, as the bulletin
 * lists it. When nothing changed, one row says so: an empty sheet would leave the reader guessing.
 */
final class ChangesSheet {

    private final Report report;
    private final Amendment amendment;

    ChangesSheet(Report report, Amendment amendment) {
        this.report = report;
        this.amendment = amendment;
    }

    void write(WorkbookParts parts) {
        List<String> header = new Headers(report.labels()).column("category").column("stage").column("classification")
                .column("subject").column("change").column("field").column("raceNumber").column("crew")
                .column("before").column("after").column("changeText").list();
        TableSheet sheet = new TableSheet(parts, report.labels().text("sheet.changes"), header);
        if (amendment.changes().isEmpty()) {
            sheet.append(RowValues.of().text(null).text(null).text(null).text(null).text(null).text(null)
                    .integer(null).text(null).text(null).text(null).text(amendment.nothingChanged(report.labels())));
        }
        ChangeText words = new ChangeText(report.labels());
        for (Amendment.Group group : amendment.groups()) {
            String category = group.categoryId() == null ? null : words.groupTitle(group, report.index());
            for (Change change : group.changes()) {
                Change.Crew crew = change.crew();
                sheet.append(RowValues.of()
                        .text(category)
                        .stage(change.stageLabel())
                        .text(change.classification() == null ? null : change.classification().id())
                        .text(change.subject().id())
                        .text(change.kind().id())
                        .text(change.field() == null ? null : change.field().id())
                        .integer(crew == null ? null : crew.number())
                        .text(crew == null ? null : crew.names())
                        .text(change.before())
                        .text(change.after())
                        .text(words.lineInGroup(change)));
            }
        }
        sheet.finish();
    }
}
