package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostic;

/**
 * Standings: one classification as a table, reported as the file gives it — the final standings,
 * or one stage's when a stage column names a single stage. A total missing where a gap is given is
 * derived exactly from the leader's time and marked so.
 */
final class StandingsReader {

    /** {@code 1.}, {@code 1}, {@code =3}, {@code 3=}, and a class position {@code 1. (10.)}: first in class, tenth overall. */
    private static final Pattern POSITION = Pattern.compile("=?\\s*(\\d+)\\s*\\.?\\s*=?\\s*(?:\\(\\s*(\\d+)\\s*\\.?\\s*\\))?");

    private final Sheet sheet;
    private final EntryBook book;
    private boolean classPositionsSaid;

    /** A row read, before the leader's time is known. */
    private record Line(SheetRow row, Integer position, String entryId, String make, Duration time, Duration gap,
            Duration penalty, ResultStatus status) {
    }

    StandingsReader(Sheet sheet) {
        this.sheet = sheet;
        this.book = new EntryBook(sheet.diagnostics);
    }

    Event read() {
        String defaultCategory = sheet.facts.categoryName != null ? sheet.facts.categoryName : "Overall";
        int timeColumn = sheet.layout.column(Meaning.TIME);
        int gapColumn = sheet.layout.column(Meaning.GAP);
        TimeReading timeReading;
        TimeReading gapReading;
        if (timeColumn >= 0 && gapColumn >= 0) {
            TimeColumns.Choice choice = ReadingReport.pair(sheet, timeColumn, gapColumn);
            timeReading = choice.time();
            gapReading = choice.gap();
        } else {
            timeReading = ReadingReport.single(sheet, timeColumn);
            gapReading = ReadingReport.single(sheet, gapColumn);
        }
        TimeReading penaltyReading = ReadingReport.single(sheet, sheet.layout.column(Meaning.PENALTY));
        String stage = sheet.rows.collect(row -> sheet.text(row, Meaning.STAGE)).detect(label -> label != null);
        Map<String, MutableList<Line>> byCategory = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows) {
            ImmutableList<Person> crew = Crews.of(sheet, row);
            if (crew.isEmpty()) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row), "this row names no crew; it is not used"));
                continue;
            }
            String categoryName = sheet.text(row, Meaning.CATEGORY);
            String categoryId = book.category(categoryName == null ? defaultCategory : categoryName);
            String make = sheet.text(row, Meaning.MAKE);
            String entryId = book.entry(categoryId, sheet.number(row), crew, make, sheet.text(row, Meaning.ENTRANT),
                    sheet.text(row, Meaning.CLASS), sheet.at(row));
            byCategory.computeIfAbsent(categoryId, id -> Lists.mutable.empty()).add(line(row, entryId, make,
                    timeReading, gapReading, penaltyReading));
        }
        if (book.categories().isEmpty()) {
            book.category(defaultCategory);
        }
        boolean complete = sheet.facts.complete == null || sheet.facts.complete;
        if (sheet.facts.complete == null) {
            sheet.diagnostics.report(Diagnostic.info(SourcePosition.of(sheet.fileName, sheet.headerLine, 0), "the"
                    + " standings are taken as complete (every crew); a '# complete: false' line says they are only the"
                    + " top rows"));
        }
        ClassificationKind kind = stage == null ? ClassificationKind.FINAL : ClassificationKind.STAGE;
        MutableList<Classification> classifications = Lists.mutable.empty();
        byCategory.forEach((categoryId, lines) -> classifications.add(new Classification(categoryId, kind, stage,
                Basis.REPORTED, complete, rows(lines), SourcePosition.of(sheet.fileName, sheet.headerLine, 0))));
        ImmutableList<Stage> stages = stage == null ? Lists.immutable.empty() : Lists.immutable.of(new Stage(1, stage,
                null, null, null, null, StageTypes.SPECIAL, book.categories().collect(
                        (Category c) -> new StageCategory(c.id(), StageStatus.RUN, null)), sheet.at(sheet.rows.getFirst())));
        Facts facts = sheet.facts;
        return new Event(facts.name, facts.edition, facts.startDate, facts.finishDate, facts.description, sheet.fileName,
                facts.properties(), book.categories(), stages, book.entries(), classifications.toImmutable(),
                Lists.immutable.empty(), Lists.immutable.empty(), facts.notes());
    }

    private Line line(SheetRow row, String entryId, String make, TimeReading timeReading, TimeReading gapReading,
            TimeReading penaltyReading) {
        Optional<ResultStatus> fromPosition = Optional.empty();
        Integer position = null;
        String positionText = sheet.text(row, Meaning.POSITION);
        int positionColumn = sheet.layout.column(Meaning.POSITION);
        if (positionText != null) {
            Matcher m = POSITION.matcher(positionText);
            if (m.matches()) {
                position = Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(1));
                if (m.group(2) != null && !classPositionsSaid) {
                    classPositionsSaid = true;
                    sheet.diagnostics.report(Diagnostic.info(sheet.at(row, positionColumn), "'" + positionText
                            + "' read as position " + position + " overall, " + m.group(1) + " in class; the model has"
                            + " no field for class positions, so they are not kept"));
                }
            } else {
                fromPosition = StatusWords.result(positionText).filter(s -> s != ResultStatus.CLASSIFIED);
                if (fromPosition.isEmpty()) {
                    sheet.diagnostics.report(Diagnostic.error(sheet.at(row, positionColumn), "cannot read '" + positionText
                            + "' as a position (1, 1., =3, 1. (10.)) or a status; the row is kept without it"));
                }
            }
        }
        ResultStatus status = status(row, position, fromPosition);
        if (position != null && status != ResultStatus.CLASSIFIED) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, positionColumn), "a " + status.id()
                    + " crew has no position; " + position + " is not kept"));
            position = null;
        }
        return new Line(row, position, entryId, make,
                sheet.time(row, sheet.layout.column(Meaning.TIME), timeReading).orElse(null),
                sheet.time(row, sheet.layout.column(Meaning.GAP), gapReading).orElse(null),
                sheet.time(row, sheet.layout.column(Meaning.PENALTY), penaltyReading).orElse(null), status);
    }

    private ResultStatus status(SheetRow row, Integer position, Optional<ResultStatus> fromPosition) {
        String word = sheet.text(row, Meaning.STATUS);
        if (word == null) {
            return fromPosition.orElse(ResultStatus.CLASSIFIED);
        }
        Optional<ResultStatus> status = StatusWords.result(word);
        if (status.isPresent()) {
            return status.get();
        }
        ResultStatus taken = position != null ? ResultStatus.CLASSIFIED : ResultStatus.NOT_CLASSIFIED;
        sheet.diagnostics.report(Diagnostic.error(sheet.at(row, sheet.layout.column(Meaning.STATUS)), "unknown status '"
                + word + "' (" + StatusWords.KNOWN + "); taken as " + taken.id()));
        return taken;
    }

    /** The rows in file order; a total missing beside a gap is the leader's time plus the gap, exactly. */
    private ImmutableList<ClassificationRow> rows(MutableList<Line> lines) {
        Duration leader = lines.select(l -> l.time() != null && l.status() == ResultStatus.CLASSIFIED)
                .collect(Line::time).minOptional(Duration::compareTo).orElse(null);
        MutableList<ClassificationRow> rows = Lists.mutable.empty();
        for (Line line : lines) {
            Duration time = line.time();
            boolean derived = false;
            if (time == null && line.gap() != null && leader != null && line.status() == ResultStatus.CLASSIFIED) {
                time = leader.plus(line.gap());
                derived = true;
            }
            Duration gap = line.gap() != null && line.gap().isZero() ? null : line.gap();
            rows.add(new ClassificationRow(line.position(), line.entryId(), line.make(), time, derived, gap,
                    line.penalty(), line.status(), sheet.at(line.row())));
        }
        return rows.toImmutable();
    }
}
