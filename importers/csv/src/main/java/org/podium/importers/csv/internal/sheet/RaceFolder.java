package org.podium.importers.csv.internal.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.engine.TimingStatus;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.importers.csv.internal.TextDecoder;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Person;
import org.podium.model.NoteTable;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.Times;
import org.podium.spi.ContentSniffer;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * A race folder, read as one event (the results office, issue 15): an entry list, perhaps an
 * itinerary, one stage file per stage that has arrived, and the stewards' penalties and statuses,
 * merged by race number and stage into the rows a {@link TimedRows} builds the event from, as it
 * does a timing sheet's: the same race gives the same event either way.
 *
 * <p>Every {@code .csv} and {@code .tsv} file directly in the folder is read, in name order, and
 * told apart by its headers ({@link FolderKind}); anything else there is named as not read. Each
 * conflict between two places is an error at one of them naming the other, and the reading goes
 * on: the first place (in file-name order) is the one used, and the message says so. One instance
 * per reading.
 */
public final class RaceFolder {

    /** What a race folder holds, for the messages that say what is missing or not part of one. */
    static final String HOLDS = "a race folder holds an entry list (number, category, crew, nationality, make,"
            + " entrant), perhaps an itinerary (stage, date, from, to, distance…), one stage file per stage"
            + " (stage-07.csv: number and time, or start and finish; perhaps penalty, penalty reason, status), and"
            + " perhaps the stewards' penalties (number, stage, penalty, reason) and statuses (number, stage, status)";

    private final Path folder;
    private final String name;
    private final String eventName;
    private final Diagnostics diagnostics;
    private final Map<Integer, Crew> crews = new HashMap<>();
    /** Each entry list's name and the lines of its rows, for the message about a number it lacks. */
    private final MutableList<String> entryLists = Lists.mutable.empty();
    private final EntryBook book;
    private final TimedRows timed;
    /** The itinerary's stages by label, or null without an itinerary. */
    private Map<String, Stage> planned;
    private String itineraryPlace;
    private final MutableList<Note> notes = Lists.mutable.empty();
    /** The stages with a stage file. */
    private final Set<String> arrived = new HashSet<>();
    /** Where a status was decided, by entry id and stage, for the message when another file says otherwise. */
    private final Map<String, SourcePosition> decided = new HashMap<>();
    private final Map<String, Columns> columns = new HashMap<>();

    /** One table of the folder. */
    private record Table(String name, FolderKind kind, Sheet sheet) {
    }

    /** A crew of the entry list, by its race number. */
    private record Crew(int number, String entryId, String categoryId, String names, SourcePosition at) {
    }

    /** A row of a stage, penalty or status file, with the stage it is of. */
    private record Placed(Table table, SheetRow row, String stage) {
    }

    /**
     * @param name      the folder's name, the event's source
     * @param eventName the event's name from the command line, or null
     */
    public RaceFolder(Path folder, String name, String eventName, Diagnostics diagnostics) {
        this.folder = folder;
        this.name = name;
        this.eventName = eventName;
        this.diagnostics = diagnostics;
        this.book = new EntryBook(diagnostics);
        this.timed = new TimedRows(book, diagnostics);
    }

    /**
     * @throws ImportException when the folder holds no table, or no entry list with a crew in it
     */
    public Event read() throws ImportException, IOException {
        MutableList<Table> tables = tables();
        Facts facts = facts(tables);
        for (Table table : tables.select(t -> t.kind() == FolderKind.ENTRY_LIST)) {
            entries(table);
        }
        if (crews.isEmpty()) {
            throw new ImportException(SourcePosition.of(name, 0, 0), "no entry list with a crew in it: the stage files"
                    + " name crews by race number, and the entry list says who they are; " + HOLDS + notUsed(tables));
        }
        ImmutableList<Stage> itinerary = itinerary(tables, facts);
        Map<String, MutableList<Placed>> stageRows = placed(tables, FolderKind.STAGE_FILE);
        Map<String, MutableList<Placed>> penalties = placed(tables, FolderKind.PENALTIES);
        Map<String, MutableList<Placed>> statuses = placed(tables, FolderKind.STATUSES);
        ImmutableList<String> order = itinerary != null
                ? itinerary.reject(Stage::isRestDay).collect(Stage::label).distinct()
                : Lists.immutable.ofAll(stageRows.keySet()).toSortedList(StageLabels.NATURAL).toImmutable();
        if (stageRows.isEmpty()) {
            diagnostics.report(Diagnostic.warning(SourcePosition.of(name, 0, 0), "no stage file has a row yet: the"
                    + " event has its entries" + (itinerary == null ? "" : " and its itinerary") + ", and no result"));
        }
        arrived.addAll(stageRows.keySet());
        for (String stage : order) {
            MutableList<Placed> rows = stageRows.getOrDefault(stage, Lists.mutable.empty());
            if (rows.notEmpty()) {
                timed.stage(stage, rows.getFirst().table().sheet().at(rows.getFirst().row()));
            }
            withCrews(rows, this::stageRow);
            withCrews(penalties.getOrDefault(stage, Lists.mutable.empty()), this::penalty);
            withCrews(statuses.getOrDefault(stage, Lists.mutable.empty()), this::status);
        }
        // Penalties without a stage, and decisions on a stage no file and no itinerary has (each said).
        for (String stage : penalties.keySet()) {
            if (!order.contains(stage)) {
                withCrews(penalties.get(stage), this::penalty);
            }
        }
        for (String stage : statuses.keySet()) {
            if (!order.contains(stage)) {
                withCrews(statuses.get(stage), this::status);
            }
        }
        MutableList<Note> all = Lists.mutable.withAll(facts.notes());
        all.addAll(notes);
        ImmutableList<Note> numbered = all.collectWithIndex((note, i) -> new Note("n" + (i + 1), note.categoryId(),
                note.stageLabel(), note.table(), note.text(), note.source())).toImmutable();
        return timed.build(facts, name, itinerary, numbered);
    }

    /** The folder's tables, in name order; everything else in it is named as not read. */
    private MutableList<Table> tables() throws ImportException, IOException {
        MutableList<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = Lists.mutable.fromStream(listing).sortThis((a, b) -> a.getFileName().toString()
                    .compareTo(b.getFileName().toString()));
        }
        MutableList<Table> tables = Lists.mutable.empty();
        boolean anyTable = false;
        for (Path path : paths) {
            String file = path.getFileName().toString();
            String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            boolean tableName = file.contains(".") && (extension.equals("csv") || extension.equals("tsv"));
            if (Files.isDirectory(path)) {
                notRead(file + "/", "a folder: a race folder's tables are the .csv and .tsv files directly in it");
            } else if (!Files.isRegularFile(path)) {
                // Named as a table but a pipe or a device: what the user meant to give is not read.
                diagnostics.report(tableName ? Diagnostic.warning(SourcePosition.of(file, 0, 0),
                        "not read: not a regular file (a pipe or a device), though named as a table")
                        : Diagnostic.info(SourcePosition.of(file, 0, 0), "not read: not a regular file"));
            } else if (!tableName) {
                notRead(file, "not a .csv or .tsv table");
            } else {
                anyTable = true;
                Table table = table(path, file, extension.equals("tsv"));
                if (table != null) {
                    tables.add(table);
                }
            }
        }
        if (!anyTable) {
            throw new ImportException(SourcePosition.of(name, 0, 0), "this folder has no datapackage.json and no .csv"
                    + " or .tsv table: the csv importer reads a folder as a Podium data package, or as a race folder,"
                    + " where " + HOLDS);
        }
        return tables;
    }

    private void notRead(String file, String why) {
        diagnostics.report(Diagnostic.info(SourcePosition.of(file, 0, 0), "not read: " + why));
    }

    /** One file as a table of the folder; null (said) when it cannot be read or is not part of a race folder. */
    private Table table(Path path, String file, boolean tabSeparated) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException unreadable) {
            // One file the system will not give (its permissions, a disk error) leaves the others readable.
            diagnostics.report(Diagnostic.error(SourcePosition.of(file, 0, 0), "cannot read this file ("
                    + unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage() + "); it is not used"));
            return null;
        }
        String looksLike = ContentSniffer.describe(Arrays.copyOf(bytes, Math.min(bytes.length, 8 * 1024)));
        SheetImport.Table table;
        try {
            String[] text = {TextDecoder.decodeTable(bytes, file, diagnostics)};
            if (text[0].isBlank()) {
                // A file made for results that have not come in yet.
                diagnostics.report(Diagnostic.warning(SourcePosition.of(file, 0, 0), "this file is empty; it is not"
                        + " used"));
                return null;
            }
            table = SheetImport.table(file, text, tabSeparated, looksLike);
        } catch (ImportException unreadable) {
            diagnostics.report(Diagnostic.error(unreadable.position(), unreadable.getMessage() + "; this file is not"
                    + " used"));
            return null;
        }
        int headerLine = table.header().line();
        ImmutableList<String> headers = table.headers();
        ImmutableList<SheetRow> rows = table.rows();
        FolderKind.Choice choice = FolderKind.choose(headers, rows);
        if (choice == null) {
            diagnostics.report(Diagnostic.warning(SourcePosition.of(file, headerLine, 0), "not part of a race folder: "
                    + FolderKind.notPart(headers, rows) + "; not used (" + HOLDS + ")"));
            return null;
        }
        SheetImport.report(file, diagnostics, choice.kind().description(), ", fields separated by "
                + Delimiters.describe(table.delimiter()), null, choice.layout(), headerLine, rows);
        Sheet sheet = new Sheet(file, choice.layout(), headerLine, rows, diagnostics,
                Facts.parse(table.preamble(), file, diagnostics));
        SheetImport.reportWidths(sheet, headers.size());
        if (rows.isEmpty()) {
            diagnostics.report(Diagnostic.warning(SourcePosition.of(file, headerLine, 0), "the header of "
                    + choice.kind().description() + " is here, but no row under it"
                    + (choice.kind() == FolderKind.STAGE_FILE ? ": its stage has not arrived yet" : "")));
        }
        return new Table(file, choice.kind(), sheet);
    }

    /**
     * The event's facts: the entry lists' comment lines first, then the other files'; a name else
     * from --event-name, else the folder's.
     */
    private Facts facts(MutableList<Table> tables) {
        MutableList<Table> byPriority = tables.select(t -> t.kind() == FolderKind.ENTRY_LIST)
                .withAll(tables.reject(t -> t.kind() == FolderKind.ENTRY_LIST));
        Facts facts = Facts.combine(name, byPriority.collect(t -> t.sheet().facts).toImmutable(), diagnostics);
        facts.nameOr(eventName, name, "the folder's name", diagnostics);
        return facts;
    }

    /**
     * The crews of one entry list, each race number once in the whole folder; a crew without a
     * category is in the file's {@code # category:}, else in Overall.
     */
    private void entries(Table table) {
        Sheet sheet = table.sheet();
        String defaultCategory = sheet.facts.categoryName != null ? sheet.facts.categoryName : "Overall";
        if (!sheet.rows.isEmpty()) {
            entryLists.add(table.name() + ", " + lines(sheet));
        }
        int numberColumn = sheet.layout.column(Meaning.NUMBER);
        for (SheetRow row : sheet.rows) {
            ImmutableList<Person> crew = Crews.of(sheet, row);
            if (crew.isEmpty()) {
                diagnostics.report(Diagnostic.error(sheet.at(row), "this row names no crew; it is not used"));
                continue;
            }
            String names = crew.collect(Person::name).makeString(" / ");
            Integer number = sheet.number(row);
            if (number == null) {
                if (sheet.text(row, Meaning.NUMBER) == null) {
                    diagnostics.report(Diagnostic.error(sheet.at(row, numberColumn), names + " has no race number: the"
                            + " stage files name crews by it; this row is not used"));
                }
                continue;
            }
            Crew known = crews.get(number);
            if (known != null) {
                diagnostics.report(Diagnostic.error(sheet.at(row, numberColumn), "race number " + number + " is given"
                        + " twice in the entry list: here (" + names + ") and at " + known.at().describe() + " ("
                        + known.names() + "); the first is kept and this row is not used"));
                continue;
            }
            String categoryId = book.category(sheet.category(row, defaultCategory));
            String entryId = book.entry(categoryId, number, crew, sheet.text(row, Meaning.MAKE),
                    sheet.text(row, Meaning.ENTRANT), sheet.text(row, Meaning.CLASS), sheet.at(row));
            crews.put(number, new Crew(number, entryId, categoryId, book.sameNames(entryId, names),
                    sheet.at(row, numberColumn)));
        }
    }

    /** The itinerary's stages, their labels spelled as the folder's; null without an itinerary. */
    private ImmutableList<Stage> itinerary(MutableList<Table> tables, Facts facts) {
        MutableList<Table> itineraries = tables.select(t -> t.kind() == FolderKind.ITINERARY);
        if (itineraries.isEmpty()) {
            return null;
        }
        Table first = itineraries.getFirst();
        for (Table other : itineraries.drop(1)) {
            diagnostics.report(Diagnostic.error(SourcePosition.of(other.name(), other.sheet().headerLine, 0), "a second"
                    + " itinerary, beside " + first.name() + "; only the first is used"));
        }
        Sheet own = first.sheet();
        // The folder's facts: a date without a year takes the entry list's start.
        Sheet sheet = new Sheet(own.fileName, own.layout, own.headerLine, own.rows, diagnostics, facts);
        ItineraryReader.Plan plan = new ItineraryReader(sheet).plan("itinerary");
        planned = new LinkedHashMap<>();
        MutableList<Stage> stages = Lists.mutable.empty();
        for (Stage stage : plan.stages()) {
            String label = stage.label() == null ? null : StageLabels.canonical(stage.label());
            StageCategory said = stage.categories().isEmpty() ? null : stage.categories().getFirst();
            if (said != null && said.reportedWinner() != null) {
                diagnostics.report(Diagnostic.warning(stage.source(), "the itinerary gives stage " + label
                        + "'s winner (" + said.reportedWinner() + "); a race folder's winners come from its stage"
                        + " files, so it is not used"));
            }
            if (label != null && planned.containsKey(label)) {
                diagnostics.report(Diagnostic.error(stage.source(), "stage " + label + " is twice in the itinerary:"
                        + " here and at " + planned.get(label).source().describe() + "; the first is used"));
                continue;
            }
            Stage spelled = new Stage(stages.size() + 1, label, stage.date(), stage.start(), stage.finish(),
                    stage.distanceKm(), stage.type(), said == null ? stage.categories()
                            : Lists.immutable.of(new StageCategory(said.categoryId(), said.status(), null)),
                    stage.source());
            stages.add(spelled);
            if (label != null) {
                planned.put(label, spelled);
            }
        }
        plan.notes().forEach(note -> notes.add(new Note(note.id(), note.categoryId(),
                note.stageLabel() == null ? null : StageLabels.canonical(note.stageLabel()), note.table(), note.text(),
                note.source())));
        itineraryPlace = first.name() + (own.rows.isEmpty() ? "" : ", " + lines(own));
        return stages.toImmutable();
    }

    /**
     * The rows of every table of a kind, by the stage each is of (its stage column, else its file's
     * name), in file-name and line order; a row of no stage the folder knows is said not to be used.
     * Penalties without a stage are under {@code ""}.
     */
    private Map<String, MutableList<Placed>> placed(MutableList<Table> tables, FolderKind kind) {
        Map<String, MutableList<Placed>> byStage = new LinkedHashMap<>();
        for (Table table : tables.select(t -> t.kind() == kind)) {
            Sheet sheet = table.sheet();
            int column = sheet.layout.column(Meaning.STAGE);
            String ofFile = kind == FolderKind.STAGE_FILE ? StageLabels.ofFile(table.name()) : null;
            if (kind == FolderKind.STAGE_FILE && column < 0 && ofFile == null && !sheet.rows.isEmpty()) {
                diagnostics.report(Diagnostic.error(SourcePosition.of(table.name(), sheet.headerLine, 0), "a stage file"
                        + " names its stage in its name (stage-07.csv) or in a stage column; this one does neither, so"
                        + " its " + rows(sheet.rows.size()) + " are not used"));
                continue;
            }
            Map<String, MutableList<Placed>> own = new LinkedHashMap<>();
            for (SheetRow row : sheet.rows) {
                String written = sheet.text(row, Meaning.STAGE);
                String stage = written != null ? StageLabels.canonical(written) : ofFile;
                if (stage == null && kind == FolderKind.PENALTIES) {
                    stage = "";
                } else if (stage == null) {
                    diagnostics.report(Diagnostic.error(sheet.at(row, column), "this row names no stage; it is not"
                            + " used"));
                    continue;
                } else if (ofFile != null && !stage.equals(ofFile)) {
                    diagnostics.report(Diagnostic.warning(sheet.at(row, column), "this row is of stage " + stage
                            + " in a file named for stage " + ofFile + "; it is taken as stage " + stage));
                }
                own.computeIfAbsent(stage, label -> Lists.mutable.empty()).add(new Placed(table, row, stage));
            }
            own.forEach((stage, rows) -> {
                if (known(stage, rows)) {
                    byStage.computeIfAbsent(stage, label -> Lists.mutable.empty()).addAll(rows);
                }
            });
        }
        return byStage;
    }

    /**
     * Whether a file's rows of a stage are of a stage the itinerary has (when there is one); a
     * stage file's stage is then known, and a penalty's or status's stage must be the itinerary's or
     * a stage file's. Said once per file and stage when not.
     */
    private boolean known(String stage, MutableList<Placed> rows) {
        Placed first = rows.getFirst();
        Table table = first.table();
        int column = table.sheet().layout.column(Meaning.STAGE);
        SourcePosition at = column >= 0 ? table.sheet().at(first.row(), column)
                : SourcePosition.of(table.name(), table.sheet().headerLine, 0);
        String these = rows.size() == 1 ? "its row" : "its " + rows(rows.size());
        if (planned != null && !stage.isEmpty() && !planned.containsKey(stage)) {
            diagnostics.report(Diagnostic.error(at, "stage " + stage + " is not in the itinerary (" + itineraryPlace
                    + ": " + stagesOf(planned.keySet()) + "); " + these + " of stage " + stage + " in " + table.name()
                    + (rows.size() == 1 ? " is" : " are") + " not used"));
            return false;
        }
        return true;
    }

    /** Reads each row with the crew its race number names; a row that names none is said not to be used. */
    private void withCrews(MutableList<Placed> rows, BiConsumer<Placed, Crew> read) {
        for (Placed placed : rows) {
            Crew crew = crew(placed.table().sheet(), placed.row());
            if (crew != null) {
                read.accept(placed, crew);
            }
        }
    }

    /** A row of a stage file: merged with the crew's rows of the same stage in other files (the first is used). */
    private void stageRow(Placed placed, Crew crew) {
        Sheet sheet = placed.table().sheet();
        SheetRow row = placed.row();
        String stage = placed.stage();
        Columns columns = columns(placed.table());
        Optional<TimingStatus> status = TimedCells.status(sheet, row);
        ResultCell cell = ClockTimes.cell(sheet, row, sheet.cell(row, columns.time(), columns.timeReading()));
        Duration time = cell.kind() == ResultCell.Kind.TIME ? cell.duration() : null;
        TimingStatus taken = status.isEmpty() ? null
                : TimedCells.wordInTime(sheet, row, columns.time(), cell, status.get(), crew.names());
        TimedRows.Row read = new TimedRows.Row(columns.source(), row.line(), crew.entryId(), crew.categoryId(), stage,
                time, taken, crew.names(), cell);
        TimedRows.Row earlier = timed.claim(crew.entryId(), stage, crew.names(), sheet.at(row));
        if (earlier != null) {
            second(crew, read, earlier);
            return;
        }
        TimedCells.penalty(sheet, row, columns.penalty(), columns.penaltyReading(), crew.entryId(), stage, timed);
        timed.add(read);
    }

    /** A second row for a crew and stage: an error when it says something else than the first, which is used. */
    private void second(Crew crew, TimedRows.Row read, TimedRows.Row earlier) {
        SourcePosition here = read.source().time(read.line());
        String first = earlier.source().time(earlier.line()).describe();
        String who = "race number " + crew.number() + " (" + crew.names() + ")";
        if (result(read).equals(result(earlier))) {
            diagnostics.report(Diagnostic.warning(here, who + " has stage " + read.stage() + "'s result " + result(read)
                    + " here and also at " + first + "; only the first is used"));
        } else {
            diagnostics.report(Diagnostic.error(here, who + " has two results for stage " + read.stage() + ": "
                    + result(read) + " here and " + result(earlier) + " at " + first + "; the first, at " + first
                    + ", is used and this row is not"));
        }
    }

    /** {@code 1:02:03}, {@code +0:12} (a gap), {@code no time (retired)}: what a row says, to compare and to show. */
    private static String result(TimedRows.Row row) {
        ResultCell.Kind kind = row.cell().kind();
        String time = row.time() != null ? Times.format(row.time())
                : kind == ResultCell.Kind.GAP || kind == ResultCell.Kind.SAME_TIME ? row.cell().text() : "no time";
        return row.status() == null || row.status() == TimingStatus.FINISHED ? time
                : time + " (" + word(row.status()) + ")";
    }

    private static String word(TimingStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A row of the stewards' penalties: one more penalty. */
    private void penalty(Placed placed, Crew crew) {
        Sheet sheet = placed.table().sheet();
        SheetRow row = placed.row();
        String stage = placed.stage().isEmpty() ? null : placed.stage();
        if (stage != null && !arrived(sheet, row, stage, "penalty")) {
            return;
        }
        int column = sheet.layout.column(Meaning.PENALTY);
        ResultCell cell = sheet.cell(row, column, columns(placed.table()).penaltyReading());
        if (!cell.hasDuration() || cell.duration().isZero()) {
            String why = cell.kind() == ResultCell.Kind.BLANK ? "no penalty time on this row"
                    : cell.hasDuration() ? "a penalty of " + cell.text() + " adds nothing"
                    : "cannot read '" + cell.text() + "' as a penalty time (" + ResultCell.NOTATIONS + ")";
            diagnostics.report(Diagnostic.error(sheet.at(row, column), why + "; this penalty is not used"));
            return;
        }
        timed.penalty(crew.entryId(), stage, cell.duration(), sheet.text(row, Meaning.PENALTY_REASON));
    }

    /**
     * A row of the stewards' statuses: the crew's status on the stage, decided after it. It gives a
     * crew without a row on the stage its row, and a finish another status; a status the stage file
     * or an earlier decision gives otherwise is an error, and the first is used.
     */
    private void status(Placed placed, Crew crew) {
        Sheet sheet = placed.table().sheet();
        SheetRow row = placed.row();
        String stage = placed.stage();
        int column = sheet.layout.column(Meaning.STATUS);
        SourcePosition at = sheet.at(row, column);
        String word = sheet.text(row, Meaning.STATUS);
        Optional<TimingStatus> status = word == null ? Optional.empty() : StatusWords.timing(word);
        if (status.isEmpty() || !status.get().leavesTheRace()) {
            diagnostics.report(Diagnostic.error(at, (word == null ? "no status on this row"
                    : status.isEmpty() ? "unknown status '" + word + "' (" + StatusWords.KNOWN + ")"
                    : "'" + word + "' is not a decision the stewards' statuses give (retired, disqualified, did not"
                            + " start)") + "; this row is not used"));
            return;
        }
        if (!arrived(sheet, row, stage, "status")) {
            return;
        }
        String key = crew.entryId() + '\u0000' + stage;
        TimedRows.Row used = timed.rowOf(crew.entryId(), stage);
        SourcePosition earlier = decided.get(key);
        if (used == null) {
            timed.claim(crew.entryId(), stage, crew.names(), at);
            timed.add(new TimedRows.Row(columns(placed.table()).source(), row.line(), crew.entryId(), crew.categoryId(),
                    stage, null, status.get(), crew.names(), ResultCell.BLANK));
        } else if (earlier == null && (used.status() == null || used.status() == TimingStatus.FINISHED)) {
            timed.restate(used, status.get());
        } else if (used.status() != status.get()) {
            String first = (earlier != null ? earlier : used.at()).describe();
            diagnostics.report(Diagnostic.error(at, "'" + word + "' for race number " + crew.number() + " ("
                    + crew.names() + ") on stage " + stage + " contradicts " + word(used.status()) + " at " + first
                    + "; the first, at " + first + ", is used and this row is not"));
            return;
        } else {
            return;
        }
        decided.put(key, at);
        String reason = sheet.text(row, Meaning.PENALTY_REASON);
        if (reason != null) {
            notes.add(new Note("n", crew.categoryId(), stage, NoteTable.STAGE_RESULTS,
                    crew.number() + " " + crew.names() + ", " + word + ": " + reason, sheet.at(row)));
        }
    }

    /**
     * Whether a penalty's or status's stage has a stage file; a stage of the itinerary without one
     * has not arrived (a penalty is kept, a status waits for its times), a stage no file and no
     * itinerary names is an error.
     */
    private boolean arrived(Sheet sheet, SheetRow row, String stage, String what) {
        if (arrived.contains(stage)) {
            return true;
        }
        SourcePosition at = sheet.at(row, sheet.layout.column(Meaning.STAGE));
        if (planned == null) {
            diagnostics.report(Diagnostic.error(at, "stage " + stage + " has no stage file in this folder, and there is"
                    + " no itinerary; this " + what + " is not used"));
            return false;
        }
        if (what.equals("penalty")) {
            diagnostics.report(Diagnostic.info(at, "stage " + stage + " has no stage file yet: this penalty is kept,"
                    + " and counts in the general classification once the stage's times arrive"));
            return true;
        }
        diagnostics.report(Diagnostic.warning(at, "stage " + stage + " has no stage file yet: this status is not used"
                + " until the stage's times arrive"));
        return false;
    }

    /** A file's time, penalty columns and their readings, decided once per file. */
    private record Columns(TimedRows.Source source, int time, TimeReading timeReading, int penalty,
            TimeReading penaltyReading) {
    }

    private Columns columns(Table table) {
        return columns.computeIfAbsent(table.name(), file -> {
            Sheet sheet = table.sheet();
            int time = sheet.layout.column(Meaning.TIME);
            int penalty = sheet.layout.column(Meaning.PENALTY);
            // Messages about a time point at the time column, else at the finish.
            int pointed = time >= 0 ? time : sheet.layout.column(Meaning.CLOCK_FINISH);
            TimedRows.Source source = new TimedRows.Source(file, sheet.headerLine, pointed,
                    sheet.layout.header(pointed));
            return new Columns(source, time, ReadingReport.single(sheet, time), penalty,
                    ReadingReport.single(sheet, penalty));
        });
    }

    /** The crew a row names by its race number; null (said, naming the entry list) when it names none. */
    private Crew crew(Sheet sheet, SheetRow row) {
        int column = sheet.layout.column(Meaning.NUMBER);
        Integer number = sheet.number(row);
        if (number == null) {
            if (sheet.text(row, Meaning.NUMBER) == null) {
                diagnostics.report(Diagnostic.error(sheet.at(row, column), "this row names no race number; it is not"
                        + " used"));
            }
            return null;
        }
        Crew crew = crews.get(number);
        if (crew == null) {
            diagnostics.report(Diagnostic.error(sheet.at(row, column), "race number " + number + " is not in the entry"
                    + " list (" + entryLists.makeString("; ") + "); this row is not used"));
        }
        return crew;
    }

    /** {@code lines 2–14}, or {@code line 2}: where a file's rows are. */
    private static String lines(Sheet sheet) {
        int first = sheet.rows.getFirst().line();
        int last = sheet.rows.getLast().line();
        return first == last ? "line " + first : "lines " + first + "–" + last;
    }

    private static String rows(int count) {
        return count == 1 ? "1 row" : count + " rows";
    }

    private static String stagesOf(Set<String> labels) {
        ImmutableList<String> all = Lists.immutable.ofAll(labels);
        return "stages " + (all.size() <= 12 ? all.makeString(", ")
                : all.take(6).makeString(", ") + " … " + all.drop(all.size() - 3).makeString(", "));
    }

    /** The files not used, for the message when there is no entry list. */
    private static String notUsed(MutableList<Table> tables) {
        return tables.isEmpty() ? "" : " (read here: " + tables.collect(t -> t.name() + ", " + t.kind().description())
                .makeString("; ") + ")";
    }
}
