package org.podium.importers.wiki.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import org.podium.model.Property;
import org.podium.model.ResultStatus;
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

    private static final Pattern EDITION = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th) (?:running|edition)\\b");

    private final Diagnostics diagnostics;
    private final Categories categories = new Categories();
    private final Map<String, EntryDraft> entries = new LinkedHashMap<>();
    private final MutableList<StageDraft> stages = Lists.mutable.empty();
    private final MutableList<ClassificationDraft> classifications = Lists.mutable.empty();
    private final MutableList<NoteDraft> notes = Lists.mutable.empty();
    private EventDates dates;

    public Interpreter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Event interpret(WikiDocument document, String fallbackName) throws ImportException {
        dates = EventDates.from(document.title(), document.prose());
        int recognised = 0;
        for (Grid grid : document.grids()) {
            TableRole role = TableRole.of(grid);
            switch (role) {
                case ITINERARY -> readItinerary(grid);
                case STAGE_RESULTS -> readStageResults(grid);
                case FINAL_STANDINGS -> readFinalStandings(grid);
                case UNKNOWN -> diagnostics.report(Diagnostic.warning(grid.position(),
                        "this table (" + grid.describeHeaders() + ") is not an itinerary, stage results or final"
                                + " standings; its " + grid.rows().size() + " rows were not imported"));
                default -> throw new IllegalStateException(role.name());
            }
            if (role != TableRole.UNKNOWN) {
                recognised++;
            }
            for (Grid.NoteLine line : grid.notes()) {
                notes.add(new NoteDraft(line, role.noteTable(), role == TableRole.ITINERARY ? null : categoryOf(grid)));
            }
        }
        if (recognised == 0) {
            throw new ImportException(document.titlePosition(), "found no race tables (an itinerary, stage results or"
                    + " final standings) in this article; " + document.grids().size() + " other table(s) were seen");
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
        MutableList<Integer> winnerColumns = Lists.mutable.empty();
        MutableList<String> winnerCategories = Lists.mutable.empty();
        for (int c = 0; c < grid.columns().size(); c++) {
            ImmutableList<String> path = grid.columns().get(c);
            if (path.size() == 2 || Categories.isKnownLabel(path.getLast())) {
                winnerColumns.add(c);
                winnerCategories.add(categories.see(path.getLast()));
            }
        }
        for (Grid.GridRow row : grid.rows()) {
            String label = stage < 0 ? "" : row.cell(stage).text();
            boolean restDay = label.isEmpty()
                    || row.cells().anySatisfy(c -> c.text().equalsIgnoreCase("rest day"));
            LocalDate day = date < 0 || row.cell(date).isEmpty() ? null
                    : dates.resolve(row.cell(date).text(), row.cell(date).position(), diagnostics).orElse(null);
            Place start = from < 0 || row.cell(from).isEmpty() ? null : Crews.place(row.cell(from).text());
            Place finish = null;
            if (!restDay && to >= 0 && !row.cell(to).isEmpty()) {
                finish = Crews.place(row.cell(to).text());
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
            String type = restDay ? StageTypes.REST
                    : !statuses.isEmpty() && statuses.allSatisfy(s -> s.status() == StageStatus.LIAISON)
                            ? StageTypes.LIAISON : StageTypes.SPECIAL;
            stages.add(new StageDraft(restDay ? null : label, day, start, finish, km, type, statuses, row.position()));
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

    private BigDecimal number(Cell cell) {
        try {
            return new BigDecimal(cell.text().replace(',', '.').replaceAll("\\s*km$", ""));
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
            diagnostics.report(Diagnostic.warning(where, "stage " + label + " has results but is not in the itinerary"));
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
            diagnostics.report(Diagnostic.warning(where, "stage " + label + " is in the results but not in the itinerary"));
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

    private RowDraft resultRow(Grid.GridRow row, Block block, String category) {
        Cell positionCell = row.cell(block.position);
        Integer position = integer(positionCell, "position");
        Cell crewCell = row.cell(block.crew);
        EntryDraft entry = entry(category, Crews.parse(crewCell.text()), crewCell.position());
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

    // ---------------------------------------------------------------- final standings

    private void readFinalStandings(Grid grid) {
        String category = categoryOf(grid);
        if (category == null) {
            diagnostics.report(Diagnostic.error(grid.position(), "final standings under '"
                    + grid.sectionPath().makeString(" › ") + "', which names no category; the table was not imported"));
            return;
        }
        ImmutableList<String> names = grid.columnNames();
        int pos = firstOf(names, "pos", "position", "rank");
        int number = firstOf(names, "no", "no.", "number", "#", "bib");
        int driver = names.detectIndex(n -> n.equals("rider") || n.equals("driver") || n.equals("competitor")
                || n.equals("crew"));
        int coDrivers = names.detectIndex(n -> n.startsWith("co-driver"));
        int make = names.detectIndex(n -> ColumnKind.ofHeader(n) == ColumnKind.LABEL_TEXT
                && !n.equals("entrant") && !n.equals("team"));
        int entrant = firstOf(names, "entrant", "team");
        int time = firstOf(names, "time", "total time");
        reportUnusedColumns(grid, pos, number, driver, coDrivers, make, entrant, time);
        ClassificationDraft table = new ClassificationDraft(category, ClassificationKind.FINAL, null, grid.position());
        classifications.add(table);
        Duration winnerTime = null;
        for (Grid.GridRow row : grid.rows()) {
            MutableList<Person> crew = Lists.mutable.withAll(Crews.parse(row.cell(driver).text()));
            if (coDrivers >= 0) {
                crew.addAll(Crews.parse(row.cell(coDrivers).text()).castToList());
            }
            EntryDraft entry = entry(category, crew.toImmutable(), row.cell(driver).position());
            String rowMake = make < 0 ? null : row.cell(make).text();
            if (entry != null) {
                Integer raceNumber = number < 0 ? null : integer(row.cell(number), "race number");
                if (raceNumber != null) {
                    entry.number = raceNumber;
                }
                if (rowMake != null && !rowMake.isEmpty()) {
                    entry.make = rowMake;
                }
                if (entrant >= 0 && !row.cell(entrant).isEmpty()) {
                    entry.entrant = row.cell(entrant).text();
                }
                if (crew.size() > entry.crew.size()) {
                    entry.crew = crew.toImmutable();
                }
            }
            Cell timeCell = row.cell(time);
            Duration value = clock(timeCell, "time");
            Duration total = value;
            Duration gap = null;
            boolean derived = false;
            if (value != null && timeCell.text().startsWith("+")) {
                gap = value;
                if (winnerTime == null) {
                    diagnostics.report(Diagnostic.error(timeCell.position(), "a gap (" + timeCell.text()
                            + ") before any total time: the total cannot be derived and is left empty"));
                    total = null;
                } else {
                    total = winnerTime.plus(gap);
                    derived = true;
                }
            } else if (value != null && winnerTime == null) {
                winnerTime = value;
            }
            table.rows.add(new RowDraft(integer(row.cell(pos), "position"), entry, rowMake, total, derived, gap,
                    row.cell(driver).position()));
        }
    }

    /** A column Podium does not understand is said, not silently passed over. */
    private void reportUnusedColumns(Grid grid, int... used) {
        java.util.Set<Integer> usedColumns = new java.util.HashSet<>();
        for (int column : used) {
            usedColumns.add(column);
        }
        for (int c = 0; c < grid.columns().size(); c++) {
            String name = grid.columns().get(c).getLast();
            if (!usedColumns.contains(c) && !name.isEmpty()) {
                diagnostics.report(Diagnostic.warning(grid.position(), "the column '" + name
                        + "' is not one Podium reads in final standings; its values were not imported"));
            }
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
            draft = new EntryDraft(category, crew);
            entries.put(key, draft);
        } else {
            draft.fillNationalities(crew);
        }
        return draft;
    }

    private String categoryOf(Grid grid) {
        for (int i = grid.sectionPath().size() - 1; i >= 0; i--) {
            String section = grid.sectionPath().get(i);
            if (Categories.isKnownLabel(section) || i == grid.sectionPath().size() - 1 && grid.sectionPath().size() > 1) {
                return categories.see(section);
            }
        }
        return null;
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
        for (EntryDraft draft : entries.values()) {
            String id = ids.next(draft.categoryId, draft.number, draft.crew.getFirst().name());
            idOf.put(draft, id);
            entryList.add(new Entry(id, draft.categoryId, draft.number, draft.crew, draft.make, draft.entrant, null));
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
            noteList.add(new Note(noteId, category, null, draft.table, draft.line.text(), draft.line.position()));
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
                rows.add(new ClassificationRow(row.rank(), idOf.get(row.entry()), row.make(), row.time(),
                        row.derived(), row.gap(), null, ResultStatus.CLASSIFIED, row.where()));
            }
            classificationList.add(new Classification(draft.categoryId, draft.kind, draft.stageLabel, Basis.REPORTED,
                    false, rows.toImmutable(), draft.position));
        }

        Matcher edition = EDITION.matcher(String.join(" ", document.prose()));
        String name = document.title().isBlank() ? fallbackName : document.title();
        return new Event(name, edition.find() ? edition.group(1) : null, dates.start(), dates.finish(),
                document.prose().isEmpty() ? null : document.prose().makeString("\n\n"),
                document.sourceName(),
                document.properties().collect(p -> new Property(p.key(), p.value())),
                categoryList, stageList.toImmutable(), entryList.sortThisBy(e -> categoryList.detectIndex(
                        c -> c.id().equals(e.categoryId()))).toImmutable(),
                classificationList.toImmutable(), penalties.toImmutable(), awarded.toImmutable(), noteList.toImmutable());
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
            if (stage && names.contains("date") && (names.contains("from") || names.contains("to"))) {
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

        EntryDraft(String categoryId, ImmutableList<Person> crew) {
            this.categoryId = categoryId;
            this.crew = crew;
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
        final LocalDate date;
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

        ClassificationDraft(String categoryId, ClassificationKind kind, String stageLabel, SourcePosition position) {
            this.categoryId = categoryId;
            this.kind = kind;
            this.stageLabel = stageLabel;
            this.position = Objects.requireNonNull(position);
        }
    }

    private record RowDraft(Integer rank, EntryDraft entry, String make, Duration time, boolean derived,
            Duration gap, SourcePosition where) {
    }

    private record NoteDraft(Grid.NoteLine line, NoteTable table, String categoryId) {
    }
}
