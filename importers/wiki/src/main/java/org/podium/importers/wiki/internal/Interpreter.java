package org.podium.importers.wiki.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.tuple.primitive.IntIntPair;
import org.eclipse.collections.impl.tuple.primitive.PrimitiveTuples;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.EntryIds;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Positions;
import org.podium.model.Property;
import org.podium.model.ResultStatus;
import org.podium.model.ResultTime;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Understands a {@link WikiDocument} as a race, whatever wiki format it was read from: recognises
 * each table's role from its headers and section (itinerary, stage results beside the general
 * classification, final standings), and builds the {@link Event}. One interpretation for every
 * reader, so a rule about the race lives in one place. One instance per import.
 *
 * <p>Wikipedia reports only the leading crews of each table, so every classification read here is
 * marked incomplete.
 */
public final class Interpreter {

    private static final Pattern KILOMETRES = Pattern.compile("(\\d[\\d.,]*)\\s*(?:km)?(?:\\s*\\(.*\\))?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern EDITION = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th) (?:running|edition)\\b");

    private final Diagnostics diagnostics;
    private final Categories categories = new Categories();
    private final Map<String, EntryDraft> entries = new LinkedHashMap<>();
    private final MutableList<StageDraft> stages = Lists.mutable.empty();
    private final MutableList<ClassificationDraft> classifications = Lists.mutable.empty();
    private final MutableList<NoteDraft> notes = Lists.mutable.empty();
    private EventDates dates;
    /** How races and classes are named from headings and captions. */
    private Races races;
    /** Whether the document is a stage race (an itinerary or stage results), not one race or a few. */
    private boolean staged;
    /** Races that are one special stage of a rally: its result is no final standings. */
    private final java.util.Set<String> specialStages = new java.util.HashSet<>();
    /** Whether the itinerary has a winner column per category (Bikes, Cars, Trucks). */
    private boolean itineraryNamesCategories;

    /** Each crew cell's text read so far, and its crew. */
    private final Map<String, ImmutableList<Person>> crews = new HashMap<>();

    public Interpreter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Event interpret(WikiDocument document, String fallbackName) throws ImportException {
        dates = EventDates.from(document.title(), document.prose());
        // A stage race has an itinerary or stage results; without them, each results table is one race.
        boolean staged = document.grids().anySatisfy(g -> TableRole.of(g) == TableRole.ITINERARY
                || TableRole.of(g) == TableRole.STAGE_RESULTS);
        races = new Races(document, staged, diagnostics);
        this.staged = staged;
        int recognised = 0;
        for (Grid grid : document.grids()) {
            TableRole role = TableRole.of(grid);
            if (!staged && ResultColumns.of(grid).isRaceResult()) {
                role = races.isRace(grid) ? TableRole.RACE_RESULTS : TableRole.NOT_A_RACE;
            } else if ((!staged && role == TableRole.UNKNOWN || role == TableRole.FINAL_STANDINGS)
                    && !races.isRace(grid)) {
                // Points, mountains, team classifications: ranked, but not the race's own classification.
                role = TableRole.NOT_A_RACE;
            }
            switch (role) {
                case ITINERARY -> readItinerary(grid);
                case STAGE_RESULTS -> readStageResults(grid);
                case FINAL_STANDINGS -> readFinalStandings(grid);
                case RACE_RESULTS -> readRace(grid);
                // Said by default, in one line a table: what a user's source holds that Podium left out.
                case NOT_A_RACE -> diagnostics.report(Diagnostic.warning(grid.position(), "not imported: the table"
                        + " under '" + races.context(grid) + "' ranks " + races.whyNotARace(grid) + ", not a race ("
                        + rows(grid.rows().size()) + ")"));
                case UNKNOWN -> diagnostics.report(Diagnostic.warning(grid.position(),
                        "not imported: the table (" + grid.describeHeaders() + ") is not an itinerary, stage"
                                + " results, final standings or a race's result (" + rows(grid.rows().size()) + ")"));
                default -> throw new IllegalStateException(role.name());
            }
            if (role != TableRole.UNKNOWN && role != TableRole.NOT_A_RACE) {
                recognised++;
            }
            String noteCategory = switch (role) {
                case ITINERARY, UNKNOWN, NOT_A_RACE -> null;
                case RACE_RESULTS -> categories.see(races.category(grid));
                default -> categoryOf(grid);
            };
            String noteStage = role == TableRole.RACE_RESULTS ? races.stage(grid) : null;
            for (Grid.NoteLine line : grid.notes()) {
                notes.add(new NoteDraft(line, role.noteTable(), noteCategory, noteStage));
            }
        }
        if (recognised == 0) {
            throw new ImportException(document.titlePosition(), "found no race tables (an itinerary, stage results,"
                    + " final standings or a race's result) in this article; " + document.grids().size()
                    + " other table(s) were seen");
        }
        if (!staged) {
            if (stages.size() > 1) {
                // The event's one date is known; which of its races ran on it is not.
                stages.forEach(stage -> stage.date = null);
            }
            finalsOfSingleRaces();
        } else if (!itineraryNamesCategories) {
            everyStageRanForEveryCategory();
        }
        for (Grid.NoteLine line : document.looseNotes()) {
            notes.add(new NoteDraft(line, NoteTable.EVENT, null));
        }
        return build(document, fallbackName);
    }

    // ---------------------------------------------------------------- itinerary

    private void readItinerary(Grid grid) {
        ImmutableList<String> names = grid.columnNames();
        int stage = names.indexOf("stage");
        int date = names.indexOf("date");
        int from = firstOf(names, "from", "start");
        int to = firstOf(names, "to", "finish");
        int distance = names.detectIndex(n -> n.contains("km") || n.equals("distance") || n.equals("length"));
        int route = firstOf(names, "route", "course");
        int type = firstOf(names, "type", "terrain");
        MutableList<Integer> winnerColumns = Lists.mutable.empty();
        MutableList<String> winnerCategories = Lists.mutable.empty();
        for (int c = 0; c < grid.columns().size(); c++) {
            ImmutableList<String> path = grid.columns().get(c);
            if (path.size() == 2 || Categories.isKnownLabel(path.getLast())) {
                winnerColumns.add(c);
                winnerCategories.add(categories.see(path.getLast()));
            }
        }
        itineraryNamesCategories |= winnerColumns.notEmpty();
        for (Grid.GridRow row : grid.rows()) {
            String label = stage < 0 ? "" : row.cell(stage).text();
            if (label.equalsIgnoreCase("total")) {
                diagnostics.report(Diagnostic.info(row.position(), "the itinerary's Total row is a sum, not a stage"));
                continue;
            }
            boolean restDay = label.isEmpty()
                    || row.cells().anySatisfy(c -> c.text().equalsIgnoreCase("rest day"));
            LocalDate day = date < 0 || row.cell(date).isEmpty() ? null
                    : dates.resolve(row.cell(date).text(), row.cell(date).position(), diagnostics).orElse(null);
            Place start = from < 0 || row.cell(from).isEmpty() ? null : Crews.place(row.cell(from).text());
            Place finish = null;
            if (!restDay && to >= 0 && !row.cell(to).isEmpty()) {
                finish = Crews.place(row.cell(to).text());
            }
            if (route >= 0 && !row.cell(route).isEmpty() && start == null) {
                // "Nogent-sur-Marne – Créteil"; a loop or a time trial names one place.
                String[] ends = row.cell(route).text().split("\\s+[–—-]\\s+|\\s+to\\s+", 2);
                start = Crews.place(ends[0]);
                finish = restDay ? null : ends.length > 1 ? Crews.place(ends[1]) : start;
            }
            BigDecimal km = null;
            if (!restDay && distance >= 0 && !row.cell(distance).isEmpty()) {
                km = number(row.cell(distance));
            }
            MutableList<StageCategory> statuses = Lists.mutable.empty();
            if (!restDay) {
                for (int w = 0; w < winnerColumns.size(); w++) {
                    Cell cell = row.cell(winnerColumns.get(w));
                    statuses.add(stageCategory(winnerCategories.get(w), cell.text()));
                }
            }
            String stageType = restDay ? StageTypes.REST
                    : !statuses.isEmpty() && statuses.allSatisfy(s -> s.status() == StageStatus.LIAISON)
                            ? StageTypes.LIAISON
                            : type >= 0 ? stageType(row.cell(type).text(), label) : StageTypes.SPECIAL;
            stages.add(new StageDraft(restDay ? null : label, day, start, finish, km, stageType, statuses,
                    row.position()));
        }
    }

    private static StageCategory stageCategory(String categoryId, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("liaison")) {
            return new StageCategory(categoryId, StageStatus.LIAISON, null);
        }
        if (lower.contains("cancelled") || lower.contains("canceled")) {
            return new StageCategory(categoryId, StageStatus.CANCELLED, null);
        }
        return new StageCategory(categoryId, StageStatus.RUN, text.isEmpty() ? null : Crews.withoutCode(text));
    }

    /** What a cycling or rally itinerary's Type says: time trials, a prologue, else a special. */
    private static String stageType(String text, String label) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("team time trial")) {
            return StageTypes.TEAM_TIME_TRIAL;
        }
        if (lower.contains("prologue") || label.equalsIgnoreCase("P")) {
            return StageTypes.PROLOGUE;
        }
        if (lower.contains("time trial")) {
            return StageTypes.TIME_TRIAL;
        }
        if (lower.contains("rest day")) {
            return StageTypes.REST;
        }
        return StageTypes.SPECIAL;
    }

    /** {@code 465}, {@code 30,3}, {@code 7.1 km (4.4 mi)}, {@code 3,639 km} (a thousands comma). */
    private BigDecimal number(Cell cell) {
        Matcher km = KILOMETRES.matcher(cell.text().strip());
        try {
            if (!km.matches()) {
                throw new NumberFormatException(cell.text());
            }
            String digits = km.group(1);
            digits = THOUSANDS.matcher(digits).matches() ? digits.replace(",", "") : digits.replace(',', '.');
            BigDecimal distance = new BigDecimal(digits);
            if (Stage.distanceInRange(distance).isEmpty()) {
                diagnostics.report(Diagnostic.error(cell.position(), "'" + cell.text() + "' is out of range for a"
                        + " stage's distance (0 to " + Stage.LONGEST_KM + " km); the stage is kept without one"));
                return null;
            }
            return distance;
        } catch (NumberFormatException e) {
            diagnostics.report(Diagnostic.error(cell.position(),
                    "'" + cell.text() + "' is not a distance in km; the stage is kept without one"));
            return null;
        }
    }

    // ---------------------------------------------------------------- stage results

    private void readStageResults(Grid grid) {
        String category = categoryOf(grid);
        if (category == null) {
            diagnostics.report(Diagnostic.error(grid.position(), "stage results under '"
                    + grid.sectionPath().makeString(" › ") + "', which names no category; the table was not imported"));
            return;
        }
        int stage = grid.columnNames().indexOf("stage");
        Block stageBlock = Block.find(grid, false);
        Block generalBlock = Block.find(grid, true);
        if (stageBlock.crew() < 0 || generalBlock.crew() < 0) {
            diagnostics.report(Diagnostic.error(grid.position(), "stage results whose "
                    + (stageBlock.crew() < 0 ? "stage result" : "general classification")
                    + " has no Competitor, Rider, Driver or Crew column; the table was not imported"));
            return;
        }
        ClassificationDraft stageTable = null;
        ClassificationDraft generalTable = null;
        String currentLabel = null;
        for (Grid.GridRow row : grid.rows()) {
            String label = row.cell(stage).text();
            if (label.isEmpty()) {
                diagnostics.report(Diagnostic.error(row.position(), "this row names no stage; it was not imported"));
                continue;
            }
            Cell first = row.cell(stageBlock.position);
            if (CellKind.isSpanningPhrase(first.text())) {
                recordStageStatus(category, label, stageCategory(category, first.text()), first.position());
                continue;
            }
            if (!label.equals(currentLabel)) {
                currentLabel = label;
                stageTable = new ClassificationDraft(category, ClassificationKind.STAGE, label, row.position());
                generalTable = new ClassificationDraft(category, ClassificationKind.GENERAL, label, row.position());
                classifications.add(stageTable);
                classifications.add(generalTable);
                checkStageRuns(category, label, row.position());
            }
            stageTable.rows.add(resultRow(row, stageBlock, category));
            generalTable.rows.add(resultRow(row, generalBlock, category));
        }
    }

    private void checkStageRuns(String category, String label, SourcePosition where) {
        StageDraft stage = stages.detect(s -> label.equals(s.label));
        if (stage == null) {
            diagnostics.report(Diagnostic.error(where, "stage " + label + " has results but is not in the itinerary:"
                    + " is its label written wrong?"));
            return;
        }
        StageCategory status = stage.statuses.detect(s -> s.categoryId().equals(category));
        if (status != null && status.status() != StageStatus.RUN) {
            diagnostics.report(Diagnostic.warning(where, "stage " + label + " has results for " + category
                    + " although the itinerary says " + status.status().id()));
        }
    }

    private void recordStageStatus(String category, String label, StageCategory status, SourcePosition where) {
        StageDraft stage = stages.detect(s -> label.equals(s.label));
        if (stage == null) {
            diagnostics.report(Diagnostic.error(where, "stage " + label + " is in the results but not in the"
                    + " itinerary: is its label written wrong?"));
            return;
        }
        int index = stage.statuses.detectIndex(s -> s.categoryId().equals(category));
        if (index < 0) {
            stage.statuses.add(status);
        } else if (stage.statuses.get(index).status() != status.status()) {
            diagnostics.report(Diagnostic.warning(where, "the results say stage " + label + " was "
                    + status.status().id() + " for " + category + ", the itinerary says "
                    + stage.statuses.get(index).status().id() + "; the itinerary is kept"));
        }
    }

    /**
     * The crew a cell names, read once for every row that repeats it: a cell spanned down thousands
     * of rows (or its copy in the general classification) is the same text each time.
     */
    private ImmutableList<Person> crew(String text) {
        return crews.computeIfAbsent(text, Crews::parse);
    }

    private RowDraft resultRow(Grid.GridRow row, Block block, String category) {
        Cell positionCell = row.cell(block.position);
        Integer position = integer(positionCell, "position");
        Cell crewCell = row.cell(block.crew);
        EntryDraft entry = entry(category, crew(crewCell.text()), crewCell.position());
        String make = block.make < 0 ? null : row.cell(block.make).text();
        if (entry != null && entry.make == null) {
            entry.make = make;
        }
        Duration time = block.time < 0 ? null : clock(row.cell(block.time), "time");
        Duration gap = block.gap < 0 ? null : clock(row.cell(block.gap), "gap");
        if (positionCell.span() == Cell.Span.FROM_ABOVE) {
            diagnostics.report(Diagnostic.info(crewCell.position(), Crews.withoutCode(crewCell.text())
                    + " is tied with the crew above: position " + position + " and time "
                    + (time == null ? "?" : Times.format(time)) + " are shared"));
        }
        return new RowDraft(position, entry, make, time, false, gap, crewCell.position());
    }

    // ---------------------------------------------------------------- results tables

    private void readFinalStandings(Grid grid) {
        String category = categoryOf(grid);
        if (category == null) {
            diagnostics.report(Diagnostic.error(grid.position(), "final standings under '"
                    + grid.sectionPath().makeString(" › ") + "', which names no category; the table was not imported"));
            return;
        }
        readResultTable(grid, category, ClassificationKind.FINAL, null);
    }

    /**
     * A table that ranks crews by time: the final standings of a stage race, or the result of one
     * race. Positions or statuses, the crew, and what else the columns give (race number, make,
     * entrant, laps, grid, points); a time column that holds the winner's time and then gaps gives
     * each crew's total as the winner's time plus its gap, marked derived.
     */
    private ClassificationDraft readResultTable(Grid grid, String category, ClassificationKind kind, String stageLabel) {
        ResultColumns columns = ResultColumns.of(grid);
        String what = kind == ClassificationKind.FINAL ? "final standings"
                : stageLabel != null && !staged ? "a race's result" : "stage results";
        if (columns.interval() >= 0) {
            diagnostics.report(Diagnostic.warning(grid.position(), "the column '"
                    + grid.columns().get(columns.interval()).getLast() + "' gives each crew's gap to the one ahead, not"
                    + " to the leader; not imported: the gaps come from the times"
                    + (columns.gap() >= 0 ? " and the gap column" : "")));
        }
        reportUnusedColumns(grid, what, columns.position(), columns.number(), columns.person(), columns.coDrivers(),
                columns.nation(), columns.team(), columns.make(), columns.laps(), columns.time(), columns.gap(),
                columns.interval(), columns.grid(), columns.points(), columns.carClass(), columns.classPosition(),
                columns.penalty());
        MutableList<Grid.NoteLine> rowNotes = Lists.mutable.empty();
        ImmutableList<ResultLines.Line> lines = new ResultLines(diagnostics).read(grid, columns, rowNotes);
        rowNotes.forEach(line -> notes.add(new NoteDraft(line, kind == ClassificationKind.FINAL
                ? NoteTable.FINAL_STANDINGS : NoteTable.STAGE_RESULTS, category, stageLabel)));
        // Tables side by side (finishers, then non-finishers) continue one classification.
        ClassificationDraft table = classifications.detect(c -> c.categoryId.equals(category) && c.kind == kind
                && java.util.Objects.equals(c.stageLabel, stageLabel));
        if (table == null) {
            table = new ClassificationDraft(category, kind, stageLabel, grid.position());
            classifications.add(table);
        } else {
            table.complete = true;
            diagnostics.report(Diagnostic.info(grid.position(), "this table continues the " + kind.id()
                    + " classification of " + category + (stageLabel == null ? "" : ", stage " + stageLabel)
                    + " begun at line " + table.position.line()));
        }
        GapsWithoutSign unsigned = GapsWithoutSign.of(lines);
        if (unsigned.applies()) {
            diagnostics.report(Diagnostic.info(grid.position(), "the " + grid.columns().get(columns.time()).getLast()
                    + " column gives the winner's time, then " + unsigned.rows() + " times shorter than it: they are"
                    + " read as gaps to the winner"));
        }
        // The winner's time: the first classified crew's (a disqualified winner's time stays his own),
        // found in the table this one continues, if any.
        Duration continuedWinner = table.rows.detectOptional(r -> r.status() == ResultStatus.CLASSIFIED
                && r.time() != null && !r.derived()).map(RowDraft::time).orElse(null);
        Positions.Bracketed writing = bracketedPositions(grid, columns, lines);
        boolean classTable = writing == Positions.Bracketed.CLASS_FIRST || ranksOneClassOnly(grid, lines);
        // In a class table each class has its leader, and a gap is to that leader.
        Map<String, Duration> leaders = new HashMap<>();
        if (continuedWinner != null && !classTable) {
            leaders.put("", continuedWinner);
        }
        boolean plainPositionSaid = false;
        MutableList<ResultLines.Line> withoutTime = Lists.mutable.empty();
        Duration previousTotal = null;
        Duration previousGap = null;
        for (ResultLines.Line line : lines) {
            EntryDraft entry = entry(category, line.persons(), line.where());
            if (entry != null) {
                fill(entry, line);
            }
            String group = classTable && line.carClass() != null ? line.carClass() : "";
            Duration winner = leaders.get(group);
            Integer overall = line.position();
            Integer inClass = line.classPosition();
            if (line.bracketed() != null) {
                overall = classTable ? line.bracketed() : line.position();
                inClass = classTable ? line.position() : line.bracketed();
            } else if (writing == Positions.Bracketed.CLASS_FIRST && line.position() != null) {
                overall = null;
                inClass = line.position();
                if (!plainPositionSaid) {
                    plainPositionSaid = true;
                    diagnostics.report(Diagnostic.warning(line.where(), "position " + line.position() + " gives no"
                            + " overall position in brackets, as other rows do; taken as a class position, without an"
                            + " overall one (and so on for other such rows)"));
                }
            }
            Duration total = null;
            Duration gap = null;
            boolean derived = false;
            RowDetails details = RowDetails.NONE.withClassPosition(inClass).withLaps(line.laps()).withGrid(line.grid())
                    .withPoints(line.points()).withStatusReason(line.statusReason());
            ResultTime time = line.time();
            if (time != null) {
                switch (time.kind()) {
                    case TIME -> {
                        if (winner == null && line.status() == ResultStatus.CLASSIFIED) {
                            winner = time.duration();
                            leaders.put(group, winner);
                            total = winner;
                        } else if (winner == null || line.status() != ResultStatus.CLASSIFIED) {
                            total = time.duration();
                        } else if (unsigned.applies()) {
                            gap = time.duration();
                            total = winner.plus(gap);
                            derived = true;
                        } else {
                            total = time.duration();
                        }
                    }
                    case GAP -> {
                        gap = time.duration();
                        if (winner == null) {
                            diagnostics.report(Diagnostic.error(line.where(), "a gap (+" + Times.format(gap)
                                    + ") before any total time: the total cannot be derived and is left empty"));
                        } else {
                            total = winner.plus(gap);
                            derived = true;
                        }
                    }
                    case SAME_TIME -> {
                        total = previousTotal;
                        gap = previousGap;
                        derived = total != null;
                    }
                    case LAPS_BEHIND -> details = details.withLapsBehind(time.laps());
                    default -> throw new IllegalStateException(time.kind().name());
                }
            }
            if (line.gap() != null) {
                // A Gap column: the row's own word on the gap; a total it lacks is the winner's plus it.
                gap = line.gap();
                if (total == null && winner != null && line.status() == ResultStatus.CLASSIFIED) {
                    total = winner.plus(gap);
                    derived = true;
                }
            }
            if (total != null) {
                previousTotal = total;
                previousGap = gap;
            }
            if (classTable && gap != null) {
                details = details.withClassGap(gap);
                gap = null;
            }
            if (total == null && line.status() == ResultStatus.CLASSIFIED && line.position() != null
                    && columns.time() >= 0 && details.lapsBehind() == null && details.statusReason() == null) {
                withoutTime.add(line);
            }
            table.rows.add(new RowDraft(overall, entry, line.make(), total, derived, gap, line.penalty(), line.where(),
                    line.status(), details));
        }
        if (withoutTime.notEmpty()) {
            // A classified crew without a time is what a page cut short gives: its last row, half written.
            diagnostics.report(Diagnostic.warning(withoutTime.getFirst().where(), withoutTime.size()
                    + (withoutTime.size() == 1 ? " classified row has" : " classified rows have") + " no time ("
                    + withoutTime.take(8).collect(l -> "line " + l.where().line()).makeString(", ")
                    + (withoutTime.size() > 8 ? ", …" : "") + "); kept with " + (withoutTime.size() == 1 ? "its position" : "their positions") + " and no time: if the"
                    + " source was cut short, check it"));
        }
        // A table that goes on to the crews who retired or did not start lists the whole field; a
        // top ten of the article's kind does not; a class table is part of a longer classification.
        table.complete |= lines.anySatisfy(l -> l.status() != ResultStatus.CLASSIFIED);
        table.complete &= !classTable;
        table.classTable |= classTable;
        return table;
    }

    /**
     * Whether a table with overall and class positions in two columns ranks one class of a longer
     * overall classification: its first crew leads its class, is not the overall leader, and has no
     * gap (WRC2 after the Rally1 cars: 8th overall, 1st in class, "0.0"). Its gaps are then to the
     * class leader; read as overall gaps, every crew would be 8 places and minutes closer to the win.
     */
    private boolean ranksOneClassOnly(Grid grid, ImmutableList<ResultLines.Line> lines) {
        ResultLines.Line first = lines.detect(l -> l.status() == ResultStatus.CLASSIFIED && l.position() != null);
        boolean oneClass = first != null && first.bracketed() == null && first.position() > 1
                && Integer.valueOf(1).equals(first.classPosition())
                && (first.gap() == null || first.gap().isZero());
        if (oneClass) {
            diagnostics.report(Diagnostic.info(grid.position(), "the table's first crew is " + first.position()
                    + " overall and first in its class, without a gap: it ranks one class, and its gaps are read as"
                    + " gaps to the class leader"));
        }
        return oneClass;
    }

    /**
     * How the table writes {@code 1. (10.)}, decided once for the whole table ({@link Positions#bracketed}),
     * said in one line; rows that read against it are a warning.
     */
    private Positions.Bracketed bracketedPositions(Grid grid, ResultColumns columns,
            ImmutableList<ResultLines.Line> lines) {
        ImmutableList<ResultLines.Line> bracketed = lines.select(l -> l.bracketed() != null);
        ImmutableList<IntIntPair> cells = bracketed.collect(l -> PrimitiveTuples.pair(l.position().intValue(),
                l.bracketed().intValue()));
        Positions.Bracketed writing = Positions.bracketed(cells).orElse(null);
        if (writing == null) {
            return null;
        }
        ResultLines.Line example = bracketed.getFirst();
        String header = grid.columns().get(columns.position()).getLast();
        diagnostics.report(Diagnostic.info(grid.position(), "the " + header + " column writes positions such as '"
                + example.position() + ". (" + example.bracketed() + ".)': " + (writing == Positions.Bracketed.CLASS_FIRST
                        ? "the class position, then the overall one in brackets; the gaps are read as gaps to each"
                                + " class's leader, and the table as part of a longer classification"
                        : "the overall position, then the class position in brackets (a class position is never larger"
                                + " than the overall one)")));
        MutableList<String> against = Lists.mutable.empty();
        for (int i = 0; i < cells.size(); i++) {
            if (Positions.contradicts(writing, cells.get(i))) {
                against.add("line " + bracketed.get(i).where().line());
            }
        }
        if (!against.isEmpty()) {
            diagnostics.report(Diagnostic.warning(grid.position(), "in a table that writes the class position first, "
                    + against.size() + (against.size() == 1 ? " row gives" : " rows give") + " a class position larger"
                    + " than the overall one (" + against.take(8).makeString(", ") + (against.size() > 8 ? ", …" : "")
                    + "); read as the other rows, check the source"));
        }
        return writing;
    }

    /**
     * The result of one race of an event without an itinerary. The race is a stage of its own
     * (Sprint, Feature; 1 when the event is one race), in the category the section or caption
     * names (MotoGP, 250cc, Men), else the event's only category.
     */
    private void readRace(Grid grid) {
        String category = categories.see(races.category(grid));
        String label = races.stage(grid);
        StageDraft stage = stages.detect(s -> label.equals(s.label));
        if (stage == null) {
            // One day, one place: the event's own, from its dates and its infobox.
            LocalDate day = dates.start() != null && dates.start().equals(dates.finish()) ? dates.start() : null;
            Place[] route = races.route(grid);
            stage = new StageDraft(label, day, route == null ? races.venue() : route[0],
                    route == null ? races.venue() : route[1], races.kilometres(grid),
                    races.isSpecialStage(grid) ? StageTypes.SPECIAL : StageTypes.RACE,
                    Lists.mutable.empty(), grid.position());
            stages.add(stage);
        }
        if (stage.statuses.noneSatisfy(c -> c.categoryId().equals(category))) {
            stage.statuses.add(new StageCategory(category, StageStatus.RUN, null));
        }
        if (races.isSpecialStage(grid)) {
            specialStages.add(label);
        }
        // A race's table gives the whole race, unless it ranks one class of it.
        ClassificationDraft result = readResultTable(grid, category, ClassificationKind.STAGE, label);
        result.complete = !result.classTable;
    }

    /**
     * An itinerary that names no categories (a cycling tour's) is every category's: each stage
     * but a rest day ran for each.
     */
    private void everyStageRanForEveryCategory() {
        for (StageDraft stage : stages) {
            if (stage.label == null || !stage.statuses.isEmpty()) {
                continue;
            }
            categories.all().forEach(c -> stage.statuses.add(new StageCategory(c.id(), StageStatus.RUN, null)));
        }
    }

    /** A category that ran one race has that race's result as its final classification too. */
    private void finalsOfSingleRaces() {
        for (Category category : categories.all()) {
            ImmutableList<ClassificationDraft> results = classifications.select(c -> c.categoryId.equals(category.id())
                    && c.kind == ClassificationKind.STAGE).toImmutable();
            if (results.size() == 1 && !specialStages.contains(results.getFirst().stageLabel)
                    && classifications.noneSatisfy(c -> c.categoryId.equals(category.id())
                    && c.kind == ClassificationKind.FINAL)) {
                ClassificationDraft race = results.getFirst();
                ClassificationDraft standings = new ClassificationDraft(category.id(), ClassificationKind.FINAL, null,
                        race.position);
                standings.rows.addAll(race.rows);
                standings.complete = race.complete;
                standings.classTable = race.classTable;
                standings.copied = true;
                classifications.add(standings);
            }
        }
    }

    private static String rows(int count) {
        return count + (count == 1 ? " row" : " rows");
    }

    /** What a results row adds to what is known of its crew: race number, make, entrant, a longer crew. */
    private void fill(EntryDraft entry, ResultLines.Line line) {
        if (line.number() != null) {
            if (entry.number != null && !entry.number.equals(line.number())) {
                diagnostics.report(Diagnostic.warning(line.where(), entry.crew.getFirst().name() + " has race number "
                        + entry.number + " on an earlier row and " + line.number() + " here; " + line.number()
                        + " is kept"));
            }
            entry.number = line.number();
            entry.numberAt = line.where();
        }
        if (line.make() != null) {
            entry.make = line.make();
        }
        if (line.team() != null) {
            entry.entrant = line.team();
        }
        if (line.carClass() != null) {
            entry.vehicleClass = line.carClass();
        }
        if (line.persons().size() > entry.crew.size()) {
            entry.crew = line.persons();
        }
    }

    /**
     * A time column that gives the winner's time and then, without a sign, times all shorter than
     * it: those are gaps (a sheet that writes {@code 6:26:15} then {@code 3:57}).
     */
    private record GapsWithoutSign(boolean applies, int rows) {
        static GapsWithoutSign of(ImmutableList<ResultLines.Line> lines) {
            ImmutableList<Duration> times = lines.select(l -> l.time() != null
                    && l.time().kind() == ResultTime.Kind.TIME).collect(l -> l.time().duration());
            if (times.size() < 2) {
                return new GapsWithoutSign(false, 0);
            }
            Duration first = times.getFirst();
            ImmutableList<Duration> later = times.drop(1);
            return new GapsWithoutSign(later.allSatisfy(t -> t.compareTo(first) < 0), later.size());
        }
    }

    /** A column Podium does not understand is said, not silently passed over. */
    private void reportUnusedColumns(Grid grid, String what, int... used) {
        java.util.Set<Integer> usedColumns = new java.util.HashSet<>();
        for (int column : used) {
            usedColumns.add(column);
        }
        java.util.Set<String> reported = new java.util.LinkedHashSet<>();
        for (int c = 0; c < grid.columns().size(); c++) {
            String name = grid.columns().get(c).getLast();
            int column = c;
            boolean empty = grid.rows().allSatisfy(r -> r.cell(column).isEmpty());
            // A header spanning two columns names both: one warning says it.
            if (!usedColumns.contains(c) && !name.isEmpty() && !empty) {
                reported.add(name);
            }
        }
        int each = 8;
        Lists.mutable.withAll(reported).take(each).forEach(name -> diagnostics.report(Diagnostic.warning(
                grid.position(), "the column '" + name + "' is not one Podium reads in " + what
                        + "; its values were not imported")));
        if (reported.size() > each) {
            diagnostics.report(Diagnostic.warning(grid.position(), (reported.size() - each) + " more columns are not"
                    + " ones Podium reads in " + what + " ('" + Lists.mutable.withAll(reported).drop(each).take(3)
                            .makeString("', '") + "'…); their values were not imported"));
        }
    }

    // ---------------------------------------------------------------- cells

    private Integer integer(Cell cell, String what) {
        String text = cell.text().replaceAll("\\.$", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            diagnostics.report(Diagnostic.error(cell.position(), "'" + cell.text() + "' is not a " + what
                    + " (expected a whole number); the row is kept without it"));
            return null;
        }
    }

    private Duration clock(Cell cell, String what) {
        if (cell.isEmpty()) {
            return null;
        }
        Optional<Duration> parsed = Times.parseClock(cell.text());
        if (parsed.isEmpty()) {
            diagnostics.report(Diagnostic.error(cell.position(), "'" + cell.text() + "' is not a " + what
                    + " (expected m:ss or h:mm:ss, a gap with '+'); the row is kept without it"));
        }
        return parsed.orElse(null);
    }

    private EntryDraft entry(String category, ImmutableList<Person> crew, SourcePosition where) {
        if (crew.isEmpty()) {
            diagnostics.report(Diagnostic.error(where, "this row names no crew; it is kept without one"));
            return null;
        }
        String key = category + "|" + crew.getFirst().name();
        EntryDraft draft = entries.get(key);
        if (draft == null) {
            draft = new EntryDraft(category, crew, where);
            entries.put(key, draft);
        } else {
            draft.fillNationalities(crew);
        }
        return draft;
    }

    private String categoryOf(Grid grid) {
        for (int i = grid.sectionPath().size() - 1; i >= 0; i--) {
            String section = grid.sectionPath().get(i);
            if (Categories.isKnownLabel(section)) {
                return categories.see(section);
            }
        }
        // An article whose itinerary names categories heads each category's tables with its name.
        if (itineraryNamesCategories && grid.sectionPath().size() > 1) {
            return categories.see(grid.sectionPath().getLast());
        }
        return categories.see(races.category(grid));
    }

    private static int firstOf(ImmutableList<String> names, String... wanted) {
        for (String name : wanted) {
            int index = names.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- building the event

    private Event build(WikiDocument document, String fallbackName) {
        ImmutableList<Category> categoryList = categories.all();
        EntryIds ids = new EntryIds();
        MutableList<Entry> entryList = Lists.mutable.empty();
        Map<EntryDraft, String> idOf = new LinkedHashMap<>();
        Map<String, EntryDraft> byNumber = new HashMap<>();
        for (EntryDraft draft : entries.values()) {
            EntryDraft sameNumber = draft.number == null ? null
                    : byNumber.putIfAbsent(draft.categoryId + "#" + draft.number, draft);
            if (sameNumber != null) {
                // Two crews under one number: one of them is mistyped, and a lookup by number would find either.
                diagnostics.report(Diagnostic.warning(draft.numberAt, "race number " + draft.number + " is "
                        + sameNumber.crew.getFirst().name() + " (line " + sameNumber.numberAt.line() + ") and "
                        + draft.crew.getFirst().name() + " here, in " + draft.categoryId + "; both are kept, check the"
                        + " source"));
            }
            String id = ids.next(draft.categoryId, draft.number, draft.crew.getFirst().name());
            idOf.put(draft, id);
            entryList.add(new Entry(id, draft.categoryId, draft.number, draft.crew, draft.make, draft.entrant,
                    draft.vehicleClass));
        }

        MutableList<Stage> stageList = Lists.mutable.empty();
        for (int i = 0; i < stages.size(); i++) {
            StageDraft s = stages.get(i);
            ImmutableList<StageCategory> ordered = s.statuses.toSortedListBy(
                    status -> categoryList.detectIndex(c -> c.id().equals(status.categoryId()))).toImmutable();
            stageList.add(new Stage(i + 1, s.label, s.date, s.start, s.finish, s.km, s.type, ordered, s.position));
        }

        MutableList<Note> noteList = Lists.mutable.empty();
        MutableList<Penalty> penalties = Lists.mutable.empty();
        MutableList<AwardedTime> awarded = Lists.mutable.empty();
        MutableList<NoteDraft> inOrder = notes.toSortedListBy(n -> n.line.position().line());
        for (int i = 0; i < inOrder.size(); i++) {
            NoteDraft draft = inOrder.get(i);
            String noteId = "n" + (i + 1);
            String category = draft.categoryId != null ? draft.categoryId : singleCategoryNamed(draft.line.text(), categoryList);
            noteList.add(new Note(noteId, category, draft.stageLabel, draft.table, draft.line.text(),
                    draft.line.position()));
            NoteFacts.penalty(draft.line.text()).ifPresent(fact -> {
                EntryDraft who = findByName(fact.who(), category);
                if (who == null) {
                    diagnostics.report(Diagnostic.warning(draft.line.position(), "the note names a "
                            + fact.time().toMinutes() + "-minute penalty for '" + fact.who()
                            + "', who is in no table; it is kept as text only"));
                } else {
                    penalties.add(new Penalty(idOf.get(who), null, fact.time(), fact.reason(), noteId));
                }
            });
            if (category != null) {
                NoteFacts.awardedTime(draft.line.text())
                        .ifPresent(time -> awarded.add(new AwardedTime(category, null, time, noteId)));
            }
        }

        MutableList<Classification> classificationList = Lists.mutable.empty();
        MutableList<ClassificationDraft> sorted = classifications.toSortedList(
                java.util.Comparator.<ClassificationDraft>comparingInt(
                                c -> categoryList.detectIndex(cat -> cat.id().equals(c.categoryId)))
                        .thenComparingInt(c -> c.stageLabel == null ? Integer.MAX_VALUE : ordinalOf(c.stageLabel, stageList))
                        .thenComparing(c -> c.kind));
        for (ClassificationDraft draft : sorted) {
            MutableList<ClassificationRow> rows = Lists.mutable.empty();
            for (RowDraft row : draft.rows) {
                if (row.entry() == null) {
                    continue;
                }
                rows.add(new ClassificationRow(row.status() == ResultStatus.CLASSIFIED ? row.rank() : null,
                        idOf.get(row.entry()), row.make(), row.time(), row.derived(), row.gap(), row.penalty(), row.status(),
                        row.where(), row.details()));
            }
            String missing = Positions.missing(rows.select(r -> r.position() != null)
                    .collectInt(ClassificationRow::position)).orElse(null);
            if (missing != null && !draft.copied && !draft.classTable) {
                diagnostics.report(Diagnostic.warning(draft.position, "the " + draft.kind.id() + " classification of "
                        + draft.categoryId + (draft.stageLabel == null ? "" : ", stage " + draft.stageLabel)
                        + " has no crew at position " + missing + "; it is read as incomplete"));
            }
            classificationList.add(new Classification(draft.categoryId, draft.kind, draft.stageLabel, Basis.REPORTED,
                    draft.complete && missing == null, rows.toImmutable(), draft.position));
        }

        Matcher edition = EDITION.matcher(String.join(" ", document.prose()));
        String name = document.title().isBlank() ? fallbackName : eventName(document);
        return new Event(name, edition.find() ? edition.group(1) : null, dates.start(), dates.finish(),
                document.prose().isEmpty() ? null : document.prose().makeString("\n\n"),
                document.sourceName(),
                document.properties().collect(p -> new Property(p.key(), p.value())),
                categoryList, stageList.toImmutable(), entryList.sortThisBy(e -> categoryList.detectIndex(
                        c -> c.id().equals(e.categoryId()))).toImmutable(),
                classificationList.toImmutable(), penalties.toImmutable(), awarded.toImmutable(), noteList.toImmutable());
    }

    /**
     * The title, or for one race of a series whose title names no year ("Men's time trial"), the
     * series and the race: "2023 UCI Road World Championships – Men's time trial".
     */
    private static String eventName(WikiDocument document) {
        String title = document.title();
        if (title.matches(".*\\b\\d{4}\\b.*")) {
            return title;
        }
        return document.properties().detectOptional(p -> p.key().equalsIgnoreCase("series")
                        && p.value().matches(".*\\b\\d{4}\\b.*"))
                .map(series -> series.value() + " – " + title).orElse(title);
    }

    private static int ordinalOf(String label, MutableList<Stage> stageList) {
        Stage stage = stageList.detect(s -> label.equals(s.label()));
        return stage == null ? Integer.MAX_VALUE - 1 : stage.ordinal();
    }

    private static String singleCategoryNamed(String text, ImmutableList<Category> categoryList) {
        String lower = text.toLowerCase(Locale.ROOT);
        ImmutableList<Category> named = categoryList.select(c -> mentions(lower, c.name())
                || c.aliases().anySatisfy(a -> mentions(lower, a)));
        return named.size() == 1 ? named.getFirst().id() : null;
    }

    private static boolean mentions(String lowerText, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b").matcher(lowerText).find();
    }

    /** The crew a note names by surname ("Peterhansel", "De Mévius"), within the note's category when known. */
    private EntryDraft findByName(String who, String category) {
        MutableList<EntryDraft> found = Lists.mutable.empty();
        for (EntryDraft draft : entries.values()) {
            if (category != null && !draft.categoryId.equals(category)) {
                continue;
            }
            if (draft.crew.anySatisfy(p -> p.name().equals(who) || p.name().endsWith(" " + who))) {
                found.add(draft);
            }
        }
        return found.size() == 1 ? found.getFirst() : null;
    }

    // ---------------------------------------------------------------- drafts

    /** The role of a table, from its headers and the section above it. */
    enum TableRole {
        ITINERARY(NoteTable.ITINERARY),
        STAGE_RESULTS(NoteTable.STAGE_RESULTS),
        FINAL_STANDINGS(NoteTable.FINAL_STANDINGS),
        /** The result of one race of an event without an itinerary: a Grand Prix, a one-day race. */
        RACE_RESULTS(NoteTable.STAGE_RESULTS),
        /** A results-shaped table that ranks something else: qualifying, practice, championship standings. */
        NOT_A_RACE(NoteTable.EVENT),
        UNKNOWN(NoteTable.EVENT);

        private final NoteTable noteTable;

        TableRole(NoteTable noteTable) {
            this.noteTable = noteTable;
        }

        NoteTable noteTable() {
            return noteTable;
        }

        static TableRole of(Grid grid) {
            ImmutableList<String> names = grid.columnNames();
            boolean stage = names.contains("stage");
            boolean positions = names.contains("pos") || names.contains("position") || names.contains("rank");
            boolean time = names.contains("time");
            long facts = names.count(n -> n.equals("date") || n.equals("from") || n.equals("to") || n.equals("route")
                    || n.equals("course") || n.equals("distance") || n.equals("length") || n.contains("km")
                    || n.equals("type") || n.equals("terrain"));
            if (stage && !positions && (names.contains("date") && (names.contains("from") || names.contains("to"))
                    || facts >= 3)) {
                return ITINERARY;
            }
            if (stage && positions && time) {
                return STAGE_RESULTS;
            }
            if (!stage && positions && time) {
                return FINAL_STANDINGS;
            }
            return UNKNOWN;
        }
    }

    /** The columns of one classification within a stage-results table. */
    private record Block(int position, int crew, int make, int time, int gap) {
        static Block find(Grid grid, boolean general) {
            MutableList<Integer> starts = Lists.mutable.empty();
            ImmutableList<String> names = grid.columnNames();
            for (int c = 0; c < names.size(); c++) {
                if (names.get(c).equals("pos")) {
                    starts.add(c);
                }
            }
            int start = starts.get(0);
            for (int s : starts) {
                String group = grid.columns().get(s).getFirst().toLowerCase(Locale.ROOT);
                if (group.contains("general") == general && grid.columns().get(s).size() > 1) {
                    start = s;
                }
            }
            if (general && starts.size() > 1 && start == starts.get(0)
                    && !grid.columns().get(start).getFirst().toLowerCase(Locale.ROOT).contains("general")) {
                start = starts.get(1);
            }
            int end = names.size();
            for (int s : starts) {
                if (s > start) {
                    end = Math.min(end, s);
                }
            }
            return new Block(start, find(names, start, end, "competitor", "rider", "driver", "crew"),
                    find(names, start, end, "make", "bike", "car", "truck", "vehicle"),
                    find(names, start, end, "time"), find(names, start, end, "gap"));
        }

        private static int find(ImmutableList<String> names, int from, int to, String... wanted) {
            for (int c = from; c < to; c++) {
                for (String name : wanted) {
                    if (names.get(c).equals(name)) {
                        return c;
                    }
                }
            }
            return -1;
        }
    }

    private static final class EntryDraft {
        final String categoryId;
        ImmutableList<Person> crew;
        Integer number;
        String make;
        String entrant;
        String vehicleClass;

        /** Where the crew was first read, for a message about it. */
        final SourcePosition firstSeen;
        /** Where its race number was read. */
        SourcePosition numberAt;

        EntryDraft(String categoryId, ImmutableList<Person> crew, SourcePosition firstSeen) {
            this.categoryId = categoryId;
            this.crew = crew;
            this.firstSeen = firstSeen;
        }

        void fillNationalities(ImmutableList<Person> seen) {
            if (seen.size() == crew.size() && crew.anySatisfy(p -> p.nationality() == null)) {
                crew = crew.zip(seen).collect(pair -> pair.getOne().nationality() != null ? pair.getOne()
                        : new Person(pair.getOne().name(), pair.getTwo().nationality()));
            }
        }
    }

    private static final class StageDraft {
        final String label;
        LocalDate date;
        final Place start;
        final Place finish;
        final BigDecimal km;
        final String type;
        final MutableList<StageCategory> statuses;
        final SourcePosition position;

        StageDraft(String label, LocalDate date, Place start, Place finish, BigDecimal km, String type,
                MutableList<StageCategory> statuses, SourcePosition position) {
            this.label = label;
            this.date = date;
            this.start = start;
            this.finish = finish;
            this.km = km;
            this.type = type;
            this.statuses = statuses;
            this.position = position;
        }
    }

    private static final class ClassificationDraft {
        final String categoryId;
        final ClassificationKind kind;
        final String stageLabel;
        final SourcePosition position;
        final MutableList<RowDraft> rows = Lists.mutable.empty();
        /** Whether the source gives the whole field, not only its leading crews. */
        boolean complete;
        /** Whether the rows are another table's, as the standings of a one-race event are its race's. */
        boolean copied;
        /** Whether it ranks one class ({@code 1. (10.)}): the overall positions are bound to have holes. */
        boolean classTable;

        ClassificationDraft(String categoryId, ClassificationKind kind, String stageLabel, SourcePosition position) {
            this.categoryId = categoryId;
            this.kind = kind;
            this.stageLabel = stageLabel;
            this.position = Objects.requireNonNull(position);
        }
    }

    private record RowDraft(Integer rank, EntryDraft entry, String make, Duration time, boolean derived,
            Duration gap, Duration penalty, SourcePosition where, ResultStatus status, RowDetails details) {

        /** A classified row with a position and a time, as the article's stage tables give them. */
        RowDraft(Integer rank, EntryDraft entry, String make, Duration time, boolean derived, Duration gap,
                SourcePosition where) {
            this(rank, entry, make, time, derived, gap, null, where, ResultStatus.CLASSIFIED, RowDetails.NONE);
        }
    }

    private record NoteDraft(Grid.NoteLine line, NoteTable table, String categoryId, String stageLabel) {
        NoteDraft(Grid.NoteLine line, NoteTable table, String categoryId) {
            this(line, table, categoryId, null);
        }
    }
}
