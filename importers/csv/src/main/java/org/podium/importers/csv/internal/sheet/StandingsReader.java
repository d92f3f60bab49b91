package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.tuple.primitive.IntIntPair;
import org.eclipse.collections.impl.tuple.primitive.PrimitiveTuples;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.model.Positions;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;

/**
 * Standings: one classification as a table, reported as the file gives it — the final standings,
 * or one stage's when a stage column names a single stage.
 *
 * <p>What results tables write beside positions and times is kept: class positions
 * ({@code 1. (10.)} is first in class, tenth overall), points, laps, grid positions, and why a crew
 * stopped. A time column may hold the winner's time then gaps ({@code +4.008}): those are gaps, and
 * each time is derived exactly as the winner's time plus the gap. In a class table the gaps are to
 * the class leader, so they are class gaps, never overall ones. {@code s.t.} is the time of the
 * row above; {@code +1 lap} is laps behind, without a time.
 */
final class StandingsReader {

    /**
     * {@code 1.}, {@code 1}, {@code 1st}, {@code =3}, {@code 3=}, and {@code 1. (10.)}: first in class, tenth overall.
     * Each run of spaces comes before something it needs, never beside another optional one, so a
     * cell of spaces is matched in linear time.
     */
    private static final Pattern POSITION = Pattern.compile(
            "=?\\s*(\\d{1,7})(?:\\s*(?:\\.|st|nd|rd|th|er|e))?(?:\\s*=)?(?:\\s*\\(\\s*(\\d{1,7})\\s*(?:\\.\\s*)?\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final int LINES_LISTED = 8;
    /** A gap of nothing: {@code 0}, {@code +0:00}, {@code 0.000}. */
    private static final Pattern ZERO = Pattern.compile("\\+?[0:.,]+");

    private final Sheet sheet;
    private final EntryBook book;
    private final int timeColumn;
    private final int gapColumn;
    /** Positions written {@code 1. (10.)}: in class, then overall; the gaps are class gaps. */
    private final boolean classTable;
    /**
     * The gaps are to each class's leader: a class table, or a table ranking one class (its first
     * crew 10th overall and 1st in class, without a gap; the rule {@code Interpreter} applies to
     * wiki tables). Read as overall gaps they would be gaps to the 10th, silently wrong.
     */
    private final boolean classGaps;
    /** Positions written {@code 10. (1.)}: overall, then in class, as some sites write them. */
    private final boolean overallFirst;
    private final MutableList<SheetRow> gapsInTime = Lists.mutable.empty();
    private final MutableList<SheetRow> sameTime = Lists.mutable.empty();
    private final MutableList<SheetRow> lapsBehind = Lists.mutable.empty();
    /** {@code 'Accident' (line 6)}: the words a time column gave instead of a time. */
    private final MutableList<String> reasons = Lists.mutable.empty();
    private SheetRow firstReason;
    private final MutableList<SheetRow> gapsWithoutTime = Lists.mutable.empty();
    private boolean plainPositionSaid;

    /** A row read, before the leader's time is known. */
    private record Line(SheetRow row, Integer position, String entryId, String group, String make, ResultCell time,
            ResultCell gap, Duration penalty, ResultStatus status, RowDetails details) {
    }

    /** A position cell: the overall position, the class position, or a status written in its place. */
    private record Position(Integer overall, Integer inClass, ResultStatus status, String word) {
        static final Position NONE = new Position(null, null, null, null);
    }

    StandingsReader(Sheet sheet) {
        this.sheet = sheet;
        this.book = new EntryBook(sheet.diagnostics);
        this.timeColumn = sheet.layout.column(Meaning.TIME);
        this.gapColumn = sheet.layout.column(Meaning.GAP);
        int positionColumn = sheet.layout.column(Meaning.POSITION);
        MutableList<SheetRow> bracketed = Lists.mutable.empty();
        MutableList<IntIntPair> cells = Lists.mutable.empty();
        for (SheetRow row : positionColumn < 0 ? Lists.immutable.<SheetRow>empty() : sheet.rows) {
            Matcher m = POSITION.matcher(row.cell(positionColumn).strip());
            if (m.matches() && m.group(2) != null) {
                bracketed.add(row);
                cells.add(PrimitiveTuples.pair(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        }
        Positions.Bracketed writing = Positions.bracketed(cells).orElse(null);
        this.overallFirst = writing == Positions.Bracketed.OVERALL_FIRST;
        this.classTable = writing == Positions.Bracketed.CLASS_FIRST;
        this.classGaps = classTable || writing == null && ranksOneClass(positionColumn);
        MutableList<SheetRow> against = Lists.mutable.empty();
        for (int i = 0; i < cells.size(); i++) {
            if (Positions.contradicts(writing, cells.get(i))) {
                against.add(bracketed.get(i));
            }
        }
        if (overallFirst) {
            SheetRow example = bracketed.get(cells.detectIndex(c -> c.getOne() > c.getTwo()));
            sheet.diagnostics.report(Diagnostic.info(sheet.header(positionColumn), "positions such as '"
                    + example.cell(positionColumn).strip() + "' (line " + example.line()
                    + ") give the overall position, then the class position in brackets: a class position is never"
                    + " larger than the overall one. The gaps are read as overall gaps"));
        } else if (!against.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(against.getFirst(), positionColumn), "'"
                    + against.getFirst().cell(positionColumn).strip() + "' would be a class position larger than"
                    + " the overall one, though other rows write the class position first (" + lines(against)
                    + "); read as the other rows, check the source"));
        }
    }

    /**
     * Whether the first placed row is first in its class (the class-position column), further down
     * overall, and has no gap: the table ranks one class, said in one line.
     */
    private boolean ranksOneClass(int positionColumn) {
        int classColumn = sheet.layout.column(Meaning.CLASS_POSITION);
        if (positionColumn < 0 || classColumn < 0) {
            return false;
        }
        SheetRow first = sheet.rows.detect(row -> POSITION.matcher(row.cell(positionColumn).strip()).matches());
        if (first == null) {
            return false;
        }
        Matcher overall = POSITION.matcher(first.cell(positionColumn).strip());
        Matcher inClass = POSITION.matcher(first.cell(classColumn).strip());
        String gap = gapColumn < 0 ? "" : first.cell(gapColumn).strip();
        boolean oneClass = overall.matches() && Integer.parseInt(overall.group(1)) > 1 && inClass.matches()
                && inClass.group(2) == null && Integer.parseInt(inClass.group(1)) == 1
                && (TimeReading.isBlank(gap) || ZERO.matcher(gap).matches());
        if (oneClass) {
            sheet.diagnostics.report(Diagnostic.info(sheet.at(first, positionColumn), "the table's first crew is "
                    + overall.group(1) + " overall and first in its class, without a gap: it ranks one class, and its"
                    + " gaps are read as gaps to the class leader, kept as class gaps, never as overall gaps"));
        }
        return oneClass;
    }

    Event read() {
        String defaultCategory = sheet.facts.categoryName != null ? sheet.facts.categoryName : "Overall";
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
            String vehicleClass = sheet.text(row, Meaning.CLASS);
            String entryId = book.entry(categoryId, sheet.number(row), crew, make, sheet.text(row, Meaning.ENTRANT),
                    vehicleClass, sheet.at(row));
            // In a class table a gap is to the class leader: gaps are resolved per class.
            String group = categoryId + (classGaps && vehicleClass != null ? "\u0000" + vehicleClass : "");
            byCategory.computeIfAbsent(categoryId, id -> Lists.mutable.empty()).add(line(row, entryId, group, make,
                    timeReading, gapReading, penaltyReading));
        }
        if (book.categories().isEmpty()) {
            book.category(defaultCategory);
        }
        boolean complete = complete(byCategory);
        ClassificationKind kind = stage == null ? ClassificationKind.FINAL : ClassificationKind.STAGE;
        MutableList<Classification> classifications = Lists.mutable.empty();
        byCategory.forEach((categoryId, lines) -> classifications.add(new Classification(categoryId, kind, stage,
                Basis.REPORTED, complete, rows(lines), SourcePosition.of(sheet.fileName, sheet.headerLine, 0))));
        sayWhatWasRead();
        ImmutableList<Stage> stages = stage == null ? Lists.immutable.empty() : Lists.immutable.of(new Stage(1, stage,
                null, null, null, null, StageTypes.SPECIAL, book.categories().collect(
                        (Category c) -> new StageCategory(c.id(), StageStatus.RUN, null)), sheet.at(sheet.rows.getFirst())));
        Facts facts = sheet.facts;
        return new Event(facts.name, facts.edition, facts.startDate, facts.finishDate, facts.description, sheet.fileName,
                facts.properties(), book.categories(), stages, book.entries(), classifications.toImmutable(),
                Lists.immutable.empty(), Lists.immutable.empty(), facts.notes());
    }

    /**
     * Complete unless the file says otherwise; a class table, or one whose best position is not 1,
     * is part of a longer classification, so it is not.
     */
    private boolean complete(Map<String, MutableList<Line>> byCategory) {
        SourcePosition at = SourcePosition.of(sheet.fileName, sheet.headerLine, 0);
        if (sheet.facts.complete != null) {
            return sheet.facts.complete;
        }
        Integer best = Lists.mutable.withAll(byCategory.values()).flatCollect(lines -> lines)
                .collect(Line::position).select(p -> p != null).minOptional(Integer::compare).orElse(null);
        if (classGaps || best != null && best > 1) {
            sheet.diagnostics.report(Diagnostic.info(at, "the standings are taken as incomplete: "
                    + (classGaps ? "it is a class table, part of a longer overall classification"
                            : "its best position is " + best + ", not 1")
                    + "; a '# complete: true' line says otherwise"));
            return false;
        }
        for (Map.Entry<String, MutableList<Line>> category : byCategory.entrySet()) {
            java.util.Optional<String> missing = Positions.missing(category.getValue().collect(Line::position)
                    .select(java.util.Objects::nonNull).collectInt(Integer::intValue));
            if (missing.isPresent()) {
                sheet.diagnostics.report(Diagnostic.warning(at, "the standings " + (byCategory.size() > 1
                        ? "of " + category.getKey() + " " : "") + "have no crew at position " + missing.get()
                        + "; they are taken as incomplete"));
                return false;
            }
        }
        sheet.diagnostics.report(Diagnostic.info(at, "the standings are taken as complete (every crew); a"
                + " '# complete: false' line says they are only the top rows"));
        return true;
    }

    private Line line(SheetRow row, String entryId, String group, String make, TimeReading timeReading,
            TimeReading gapReading, TimeReading penaltyReading) {
        int positionColumn = sheet.layout.column(Meaning.POSITION);
        Position position = position(row, positionColumn);
        Integer overall = position.overall();
        Integer inClass = position.inClass();
        Integer classColumn = Extras.whole(sheet, row, Meaning.CLASS_POSITION);
        if (classColumn != null) {
            if (inClass != null && !inClass.equals(classColumn)) {
                sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.CLASS_POSITION)),
                        "class position " + classColumn + " here, but " + inClass + " in '"
                                + sheet.layout.header(positionColumn) + "'; " + inClass + " is kept"));
            } else {
                inClass = classColumn;
            }
        }
        ResultCell time = sheet.cell(row, timeColumn, timeReading);
        ResultCell gap = sheet.cell(row, gapColumn, gapReading);
        ResultStatus status = ResultStatus.CLASSIFIED;
        String reason = null;
        String statusWord = sheet.text(row, Meaning.STATUS);
        if (statusWord != null) {
            Optional<ResultStatus> said = StatusWords.result(statusWord);
            if (said.isPresent()) {
                status = said.get();
                reason = StatusWords.saysMore(statusWord) ? statusWord : null;
            } else {
                status = overall != null || inClass != null ? ResultStatus.CLASSIFIED : ResultStatus.RETIRED;
                reason = statusWord;
                sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.STATUS)), "'"
                        + statusWord + "' is not a status word (" + StatusWords.KNOWN + "); taken as " + status.id()
                        + ", with '" + statusWord + "' kept as the reason"));
            }
        } else if (position.status() != null) {
            status = position.status();
            reason = StatusWords.saysMore(position.word()) ? position.word() : null;
        }
        boolean placed = overall != null || inClass != null;
        for (int column : new int[] {timeColumn, gapColumn}) {
            ResultCell cell = column == timeColumn ? time : gap;
            if (column < 0 || cell.kind() == ResultCell.Kind.BLANK) {
                continue;
            }
            if (cell.kind() == ResultCell.Kind.UNREADABLE) {
                sheet.unreadable(row, column, cell);
            } else if (cell.kind() == ResultCell.Kind.WORD) {
                Optional<ResultStatus> said = StatusWords.result(cell.text());
                if (said.isPresent() && said.get() == ResultStatus.CLASSIFIED) {
                    continue;
                }
                if (said.isPresent() && placed && status == ResultStatus.CLASSIFIED) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, column), "'" + cell.text() + "' in "
                            + sheet.layout.header(column) + ", but the row has a position; it is kept as classified"));
                    continue;
                }
                if (status == ResultStatus.CLASSIFIED && !placed) {
                    status = said.orElse(ResultStatus.RETIRED);
                }
                if (reason == null && (said.isEmpty() || StatusWords.saysMore(cell.text()))) {
                    reason = cell.text();
                }
                if (said.isEmpty()) {
                    reasons.add("'" + cell.text() + "' (line " + row.line() + ")");
                    firstReason = firstReason == null ? row : firstReason;
                }
            }
        }
        if (placed && status != ResultStatus.CLASSIFIED) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, positionColumn), "a " + status.id()
                    + " crew has no position; " + sheet.text(row, Meaning.POSITION) + " is not kept"));
            overall = null;
            inClass = null;
        }
        RowDetails details = new RowDetails(inClass, null, Extras.whole(sheet, row, Meaning.LAPS), null,
                Extras.whole(sheet, row, Meaning.GRID), Extras.points(sheet, row), reason);
        Duration penalty = sheet.time(row, sheet.layout.column(Meaning.PENALTY), penaltyReading).orElse(null);
        return new Line(row, overall, entryId, group, make, time, gap, penalty, status, details);
    }

    /** The position cell: a number, a class position with the overall one in brackets, or a status word. */
    private Position position(SheetRow row, int column) {
        String text = sheet.text(row, Meaning.POSITION);
        if (text == null || TimeReading.isBlank(text)) {
            return Position.NONE;
        }
        Matcher m = POSITION.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                int inner = Integer.parseInt(m.group(2));
                return overallFirst ? new Position(first, inner, null, null) : new Position(inner, first, null, null);
            }
            if (classTable) {
                if (!plainPositionSaid) {
                    plainPositionSaid = true;
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, column), "'" + text + "' gives no overall"
                            + " position in brackets, as other rows do; taken as class position " + first
                            + ", without an overall position (and so on for other such rows)"));
                }
                return new Position(null, first, null, null);
            }
            return new Position(first, null, null, null);
        }
        Optional<ResultStatus> status = StatusWords.result(text).filter(s -> s != ResultStatus.CLASSIFIED);
        if (status.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "cannot read '" + text
                    + "' as a position (1, 1., =3, 1. (10.)) or a status (" + StatusWords.KNOWN
                    + "); the row is kept without it"));
            return Position.NONE;
        }
        return new Position(null, null, status.get(), text);
    }

    /**
     * The rows in file order. A gap in the time column is a gap; a time missing beside a gap is the
     * leader's time plus the gap, exactly (marked derived); {@code s.t.} takes the row above's
     * time. In a class table the gap is the class gap and the overall gap stays unknown.
     */
    private ImmutableList<ClassificationRow> rows(MutableList<Line> given) {
        MutableList<Line> lines = unsignedGaps(leaderTimeInGap(given));
        Map<String, Duration> leaders = new HashMap<>();
        for (Line line : lines) {
            if (line.status() == ResultStatus.CLASSIFIED && line.time().kind() == ResultCell.Kind.TIME) {
                leaders.merge(line.group(), line.time().duration(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        MutableList<ClassificationRow> rows = Lists.mutable.empty();
        Map<String, Duration[]> above = new HashMap<>();
        for (Line line : lines) {
            Duration time = null;
            Duration gap = null;
            boolean derived = false;
            boolean same = false;
            Integer laps = null;
            Duration gapInTime = null;
            switch (line.time().kind()) {
                case TIME -> time = line.time().duration();
                case GAP -> gapInTime = line.time().duration();
                case SAME_TIME -> same = true;
                case LAPS_BEHIND -> laps = line.time().laps();
                default -> {
                    // words and unreadable cells were said when the row was read
                }
            }
            switch (line.gap().kind()) {
                case TIME, GAP -> gap = line.gap().duration();
                case SAME_TIME -> same = true;
                case LAPS_BEHIND -> laps = line.gap().laps();
                default -> {
                    // as above
                }
            }
            if (gapInTime != null) {
                gapsInTime.add(line.row());
                if (gap != null && !gap.equals(gapInTime)) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(line.row(), timeColumn), "'"
                            + line.time().text() + "' in " + sheet.layout.header(timeColumn) + " is a gap of "
                            + Times.format(gapInTime) + ", but " + sheet.layout.header(gapColumn) + " gives "
                            + Times.format(gap) + "; the latter is kept"));
                } else {
                    gap = gapInTime;
                }
            }
            if (same) {
                sameTime.add(line.row());
                Duration[] previous = above.get(line.group());
                if (previous == null) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(line.row()), "'s.t.' (same time) on the"
                            + " first row, with no row above to take the time of; kept without a time"));
                } else {
                    if (time == null && previous[0] != null) {
                        time = previous[0];
                        derived = true;
                    }
                    gap = gap == null ? previous[1] : gap;
                }
            }
            if (laps != null) {
                lapsBehind.add(line.row());
            }
            Duration leader = leaders.get(line.group());
            if (time == null && gap != null && line.status() == ResultStatus.CLASSIFIED) {
                if (leader != null) {
                    time = leader.plus(gap);
                    derived = true;
                } else {
                    gapsWithoutTime.add(line.row());
                }
            }
            above.put(line.group(), new Duration[] {time, gap});
            Duration kept = gap != null && gap.isZero() ? null : gap;
            RowDetails details = line.details().withLapsBehind(laps);
            if (classGaps) {
                details = details.withClassGap(kept);
                kept = null;
            }
            rows.add(new ClassificationRow(line.position(), line.entryId(), line.make(), time, derived, kept,
                    line.penalty(), line.status(), sheet.at(line.row()), details));
        }
        return rows.toImmutable();
    }

    /**
     * A gap column whose first row gives a time without {@code +} and the rows below gaps with it
     * ({@code 2:58:33.4}, {@code +17.7}, …) gives the winner's time there, not a gap of hours:
     * read as the winner's time when the time column has none for that row.
     */
    private MutableList<Line> leaderTimeInGap(MutableList<Line> lines) {
        Map<String, Line> firsts = new LinkedHashMap<>();
        Map<String, Boolean> signedBelow = new HashMap<>();
        for (Line line : lines) {
            if (line.status() != ResultStatus.CLASSIFIED) {
                continue;
            }
            if (firsts.putIfAbsent(line.group(), line) != null && line.gap().kind() == ResultCell.Kind.GAP) {
                signedBelow.put(line.group(), true);
            }
        }
        Map<SheetRow, Line> converted = new HashMap<>();
        firsts.forEach((group, first) -> {
            boolean timeInGap = first.gap().kind() == ResultCell.Kind.TIME && !first.gap().duration().isZero()
                    && first.time().kind() == ResultCell.Kind.BLANK && signedBelow.getOrDefault(group, false);
            if (timeInGap) {
                converted.put(first.row(), new Line(first.row(), first.position(), first.entryId(), first.group(),
                        first.make(), first.gap(), ResultCell.BLANK, first.penalty(), first.status(), first.details()));
                sheet.diagnostics.report(Diagnostic.info(sheet.at(first.row(), gapColumn), "'" + first.gap().text()
                        + "' in " + sheet.layout.header(gapColumn) + " is " + (classGaps ? "the class leader's" : "the"
                                + " winner's") + " time, not a gap: the gaps below, written with '+', are behind it"));
            }
        });
        return converted.isEmpty() ? lines : lines.collect(line -> converted.getOrDefault(line.row(), line));
    }

    /**
     * A time column that gives the winner's time and then, without {@code +}, times all smaller
     * than it and never decreasing ({@code 4:12:05}, {@code 0:32}, {@code 1:40}) holds gaps after
     * its first time: read so, and said. Only without a gap column, which would say otherwise.
     */
    private MutableList<Line> unsignedGaps(MutableList<Line> lines) {
        if (gapColumn >= 0) {
            return lines;
        }
        Map<String, MutableList<Line>> byGroup = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.status() == ResultStatus.CLASSIFIED && line.time().kind() == ResultCell.Kind.TIME) {
                byGroup.computeIfAbsent(line.group(), g -> Lists.mutable.empty()).add(line);
            }
        }
        Map<SheetRow, Line> converted = new HashMap<>();
        for (MutableList<Line> timed : byGroup.values()) {
            if (timed.size() < 2) {
                continue;
            }
            Duration first = timed.getFirst().time().duration();
            MutableList<Line> rest = timed.drop(1);
            boolean smaller = rest.allSatisfy(l -> l.time().duration().compareTo(first) < 0);
            boolean rising = true;
            for (int i = 1; i < rest.size(); i++) {
                rising &= rest.get(i).time().duration().compareTo(rest.get(i - 1).time().duration()) >= 0;
            }
            if (smaller && rising) {
                for (Line line : rest) {
                    ResultCell cell = line.time();
                    converted.put(line.row(), new Line(line.row(), line.position(), line.entryId(), line.group(),
                            line.make(), new ResultCell(ResultCell.Kind.GAP, cell.duration(), 0, cell.text()),
                            line.gap(), line.penalty(), line.status(), line.details()));
                }
                sheet.diagnostics.report(Diagnostic.info(sheet.header(timeColumn), "column '"
                        + sheet.layout.header(timeColumn) + "' gives " + Times.format(first) + " (line "
                        + timed.getFirst().row().line() + "), then times all smaller than it and never decreasing ('"
                        + rest.getFirst().time().text() + "' on line " + rest.getFirst().row().line() + ", …): those "
                        + rest.size() + " are read as gaps, though written without '+'"));
            }
        }
        return converted.isEmpty() ? lines : lines.collect(line -> converted.getOrDefault(line.row(), line));
    }

    /** What the rows held that a reader might not expect, said once each, naming the columns and lines. */
    private void sayWhatWasRead() {
        String timeHeader = timeColumn < 0 ? "" : "'" + sheet.layout.header(timeColumn) + "'";
        String leader = classGaps ? "the class leader" : "the winner";
        if (classTable) {
            int column = sheet.layout.column(Meaning.POSITION);
            sheet.diagnostics.report(Diagnostic.info(sheet.header(column), "a class table: positions written '1. (10.)'"
                    + " are the position in class, then the overall position in brackets; the overall one is the"
                    + " row's position and the class one is kept beside it"
                    + (gapColumn >= 0 || !gapsInTime.isEmpty() ? ". Its gaps are to the class leader, so they are kept"
                            + " as class gaps, never as overall gaps" : "")));
        }
        if (!gapsInTime.isEmpty()) {
            boolean anyTime = sheet.rows.anySatisfy(row -> ResultCell.read(row.cell(timeColumn), TimeReading.DECIMAL)
                    .kind() == ResultCell.Kind.TIME);
            sheet.diagnostics.report(Diagnostic.info(sheet.header(timeColumn), "column " + timeHeader
                    + (anyTime ? " holds " + leader + "'s time, then gaps" : " holds gaps") + ": "
                    + gapsInTime.size() + (gapsInTime.size() == 1 ? " row" : " rows") + " (" + lines(gapsInTime)
                    + ") read as gaps to " + leader + ", not as times" + (anyTime ? "; their times are derived as "
                            + leader + "'s time + the gap" : "")));
        }
        if (!gapsWithoutTime.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(gapsWithoutTime.getFirst()), "no time for " + leader
                    + " to add the gaps to (" + lines(gapsWithoutTime) + "); those rows are kept with their gaps only"));
        }
        if (!sameTime.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.info(sheet.at(sameTime.getFirst()), "'s.t.' (same time) on "
                    + lines(sameTime) + ": the time and gap of the row above"));
        }
        if (!lapsBehind.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.info(sheet.at(lapsBehind.getFirst()), "laps behind (" + lines(lapsBehind)
                    + ") kept as laps behind the winner, without a time"));
        }
        if (!reasons.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.info(sheet.at(firstReason), "words where a time would be say why a crew"
                    + " stopped: " + reasons.take(LINES_LISTED).makeString(", ") + (reasons.size() > LINES_LISTED ? ", …"
                            : "") + "; each is kept as the reason, and a crew without a position is taken as retired"));
        }
    }

    private static String lines(MutableList<SheetRow> rows) {
        String listed = rows.take(LINES_LISTED).collect(row -> String.valueOf(row.line())).makeString(", ");
        return (rows.size() == 1 ? "line " : "lines ") + listed + (rows.size() > LINES_LISTED ? ", …" : "");
    }
}
