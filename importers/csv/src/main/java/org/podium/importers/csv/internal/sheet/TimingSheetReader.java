package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.HashMap;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.podium.engine.ClassificationEngine;
import org.podium.engine.StageTime;
import org.podium.engine.TimingStatus;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostic;

/**
 * A timing sheet: one row per crew per stage. Builds entries, stages (in order of first
 * appearance), penalties and awarded times, then lets the classification engine compute every
 * stage, general and final classification.
 */
final class TimingSheetReader {

    private final Sheet sheet;
    private final EntryBook book;
    private final MutableList<TimedRow> timed = Lists.mutable.empty();
    private final MutableList<Penalty> penalties = Lists.mutable.empty();
    /** Each stage's first line, in order of first appearance. */
    private final Map<String, Integer> stageFirstLine = new LinkedHashMap<>();

    /**
     * A row that will feed the engine, once cancelled stages are known and gaps and {@code s.t.}
     * resolved against the stage's other rows.
     */
    private record TimedRow(int line, String entryId, String categoryId, String stage, Duration time,
            TimingStatus status, String crew, ResultCell cell) {
        Group group() {
            return new Group(stage, categoryId);
        }

        TimedRow withTime(Duration value) {
            return new TimedRow(line, entryId, categoryId, stage, value, status, crew, cell);
        }
    }

    /** A stage's rows of one category: a record as the key, not a string made per row. */
    private record Group(String stage, String categoryId) {
    }

    TimingSheetReader(Sheet sheet) {
        this.sheet = sheet;
        this.book = new EntryBook(sheet.diagnostics);
    }

    Event read() {
        readRows();
        // Everything the classifications need is taken from the rows: they go before the engine runs.
        sheet.dropRows();
        return build();
    }

    /** Entries, penalties and the timed rows; in a method of its own, so no frame keeps the rows. */
    private void readRows() {
        String defaultCategory = sheet.facts.categoryName != null ? sheet.facts.categoryName : "Overall";
        int timeColumn = sheet.layout.column(Meaning.TIME);
        int penaltyColumn = sheet.layout.column(Meaning.PENALTY);
        TimeReading timeReading = ReadingReport.single(sheet, timeColumn);
        TimeReading penaltyReading = ReadingReport.single(sheet, penaltyColumn);
        // The stages each entry has a row for, by stage index: no string made per row to remember it.
        Map<String, BitSet> seen = new HashMap<>();
        Map<String, Integer> stageIndex = new HashMap<>();
        Map<String, String> retiredOn = new HashMap<>();
        for (SheetRow row : sheet.rows) {
            String stage = sheet.text(row, Meaning.STAGE);
            if (stage == null) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row, sheet.layout.column(Meaning.STAGE)),
                        "this row names no stage; it is not used"));
                continue;
            }
            ImmutableList<Person> crew = Crews.of(sheet, row);
            if (crew.isEmpty()) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row), "this row names no crew; it is not used"));
                continue;
            }
            String categoryId = book.category(categoryName(row, defaultCategory));
            String entryId = book.entry(categoryId, sheet.number(row), crew, sheet.text(row, Meaning.MAKE),
                    sheet.text(row, Meaning.ENTRANT), sheet.text(row, Meaning.CLASS), sheet.at(row));
            String names = book.sameNames(entryId, crew.collect(Person::name).makeString(" / "));
            stageFirstLine.putIfAbsent(stage, row.line());
            int index = stageIndex.computeIfAbsent(stage, label -> stageIndex.size());
            BitSet stages = seen.computeIfAbsent(entryId, id -> new BitSet());
            if (stages.get(index)) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row), names + " has a second row for stage " + stage
                        + "; only the first is used"));
                continue;
            }
            stages.set(index);
            if (retiredOn.containsKey(entryId)) {
                sheet.diagnostics.report(Diagnostic.warning(sheet.at(row), names + " left the race on stage "
                        + retiredOn.get(entryId) + " but has a row for stage " + stage + "; it stays out of the general"
                        + " classification"));
            }
            Optional<TimingStatus> status = status(row);
            ResultCell cell = sheet.cell(row, timeColumn, timeReading);
            Duration time = cell.kind() == ResultCell.Kind.TIME ? cell.duration() : null;
            penalty(row, entryId, stage, penaltyColumn, penaltyReading);
            if (status.isEmpty()) {
                continue;
            }
            status = Optional.of(wordInTime(row, timeColumn, cell, status.get(), names));
            if (status.get().leavesTheRace()) {
                retiredOn.putIfAbsent(entryId, stage);
            }
            timed.add(new TimedRow(row.line(), entryId, categoryId, stage, time, status.get(), names, cell));
        }
        if (book.categories().isEmpty()) {
            book.category(defaultCategory);
        }
    }

    private Event build() {
        resolveGapsAndSameTimes();
        ImmutableList<Category> categories = book.categories();
        MutableList<Stage> stages = Lists.mutable.empty();
        MutableList<AwardedTime> awarded = Lists.mutable.empty();
        Set<Group> cancelled = new HashSet<>();
        // One pass over the rows, not one per stage and category.
        Map<Group, MutableList<TimedRow>> byStageAndCategory = new HashMap<>();
        for (TimedRow row : timed) {
            byStageAndCategory.computeIfAbsent(row.group(), key -> Lists.mutable.empty())
                    .add(row);
        }
        for (Map.Entry<String, Integer> first : stageFirstLine.entrySet()) {
            String label = first.getKey();
            MutableList<StageCategory> statuses = Lists.mutable.empty();
            for (Category category : categories) {
                MutableList<TimedRow> rows = byStageAndCategory.getOrDefault(new Group(label, category.id()),
                        Lists.mutable.empty());
                if (rows.isEmpty()) {
                    continue;
                }
                Duration awardedTime = rows.allSatisfy(t -> t.status() == TimingStatus.AWARDED && t.time() != null)
                        && rows.collect(TimedRow::time).toSet().size() == 1 ? rows.getFirst().time() : null;
                boolean allCancelled = rows.allSatisfy(t -> t.status() == TimingStatus.CANCELLED);
                if (awardedTime != null || allCancelled) {
                    statuses.add(new StageCategory(category.id(), StageStatus.CANCELLED, null));
                    cancelled.add(new Group(label, category.id()));
                    if (awardedTime != null) {
                        awarded.add(new AwardedTime(category.id(), label, awardedTime, null));
                        sheet.diagnostics.report(Diagnostic.info(sheet.at(rows.getFirst().line()), "every " + category.name()
                                + " row of stage " + label + " is 'awarded' with one time: the stage is taken as"
                                + " cancelled for " + category.name() + " with an awarded time of "
                                + org.podium.model.Times.format(awardedTime)));
                    }
                } else {
                    statuses.add(new StageCategory(category.id(), StageStatus.RUN, null));
                }
            }
            String type = label.equalsIgnoreCase("P") || label.toLowerCase(java.util.Locale.ROOT).startsWith("prolog")
                    ? StageTypes.PROLOGUE : StageTypes.SPECIAL;
            stages.add(new Stage(stages.size() + 1, label, null, null, null, null, type, statuses.toImmutable(),
                    sheet.at(first.getValue())));
        }
        Facts facts = sheet.facts;
        Event event = new Event(facts.name, facts.edition, facts.startDate, facts.finishDate, facts.description,
                sheet.fileName, facts.properties(), categories, stages.toImmutable(), book.entries(), Lists.immutable.empty(),
                penalties.toImmutable(), awarded.toImmutable(), facts.notes());
        ImmutableList<StageTime> times = stageTimes(cancelled);
        return event.withClassifications(ClassificationEngine.withDefaultRules().classify(event, times));
    }

    /** The engine's input: a cancelled stage's awarded rows become the stage's awarded time instead. */
    private ImmutableList<StageTime> stageTimes(Set<Group> cancelled) {
        MutableList<StageTime> times = Lists.mutable.empty();
        for (TimedRow row : timed) {
            if (cancelled.contains(row.group())) {
                continue;
            }
            boolean needsTime = row.status() == TimingStatus.FINISHED || row.status() == TimingStatus.AWARDED;
            if (needsTime && row.time() == null) {
                int column = sheet.layout.column(Meaning.TIME);
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row.line(), column), row.crew() + " has no time on"
                        + " stage " + row.stage() + "; it is left out of that stage's classification and listed as not"
                        + " classified from there on"));
                continue;
            }
            times.add(new StageTime(row.entryId(), row.stage(), row.time(), row.status(), sheet.at(row.line())));
        }
        return times.toImmutable();
    }

    /**
     * A time cell that is not a time: words are a status when the status column says nothing
     * ({@code DNF}, {@code Accident}: retired); an unreadable cell and laps behind are reported, the
     * row kept without a time.
     */
    private TimingStatus wordInTime(SheetRow row, int column, ResultCell cell, TimingStatus status, String names) {
        switch (cell.kind()) {
            case UNREADABLE -> sheet.unreadable(row, column, cell);
            case LAPS_BEHIND -> sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "'" + cell.text()
                    + "' is laps behind, not a time: a timing sheet needs each crew's stage time; the row is kept"
                    + " without it"));
            case WORD -> {
                Optional<TimingStatus> said = StatusWords.timing(cell.text());
                TimingStatus taken = status != TimingStatus.FINISHED ? status : said.orElse(TimingStatus.RETIRED);
                if (said.isEmpty() || StatusWords.saysMore(cell.text())) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, column), "'" + cell.text() + "' where "
                            + names + "'s time would be: taken as " + taken.name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ') + " on this stage; the words are not kept (a timing sheet's"
                            + " classifications are computed, with no place for a reason)"));
                }
                return taken;
            }
            default -> {
                // a time, a gap or s.t.: resolved once the stage's rows are all read
            }
        }
        return status;
    }

    /**
     * A gap in the time column ({@code +1:02.3}) is behind the stage's fastest time on that
     * stage, and {@code s.t.} is the time of the row above on the same stage: both derived exactly,
     * said once with the rows they concern.
     */
    private void resolveGapsAndSameTimes() {
        MutableIntList gaps = IntLists.mutable.empty();
        MutableIntList same = IntLists.mutable.empty();
        MutableIntList unresolved = IntLists.mutable.empty();
        Map<Group, Duration> fastest = new HashMap<>();
        for (TimedRow row : timed) {
            if (row.time() != null && row.cell().kind() == ResultCell.Kind.TIME) {
                fastest.merge(row.group(), row.time(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<Group, Duration> above = new HashMap<>();
        for (int i = 0; i < timed.size(); i++) {
            TimedRow row = timed.get(i);
            Group key = row.group();
            if (row.cell().kind() == ResultCell.Kind.GAP) {
                Duration leader = fastest.get(key);
                if (leader == null) {
                    unresolved.add(row.line());
                } else {
                    row = row.withTime(leader.plus(row.cell().duration()));
                    gaps.add(row.line());
                }
            } else if (row.cell().kind() == ResultCell.Kind.SAME_TIME) {
                Duration previous = above.get(key);
                if (previous == null) {
                    unresolved.add(row.line());
                } else {
                    row = row.withTime(previous);
                    same.add(row.line());
                }
            }
            timed.set(i, row);
            if (row.time() != null) {
                above.put(key, row.time());
            }
        }
        int column = sheet.layout.column(Meaning.TIME);
        if (!gaps.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.info(sheet.header(column), "column '" + sheet.layout.header(column)
                    + "' holds gaps written with '+' (" + lines(gaps) + "): each is read as a gap to the stage's fastest"
                    + " time, and the stage time taken as that time + the gap"));
        }
        if (!same.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.info(sheet.header(column), "'s.t.' (same time) on " + lines(same)
                    + ": the stage time of the row above on the same stage"));
        }
        if (!unresolved.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(unresolved.getFirst(), column), "a gap or 's.t.' with"
                    + " no time on its stage to take it from (" + lines(unresolved) + "); kept without a time"));
        }
    }

    private static String lines(MutableIntList lines) {
        StringBuilder text = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
        for (int i = 0; i < Math.min(8, lines.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(lines.get(i));
        }
        return text.append(lines.size() > 8 ? ", …" : "").toString();
    }

    private String categoryName(SheetRow row, String defaultCategory) {
        int column = sheet.layout.column(Meaning.CATEGORY);
        String name = sheet.text(row, Meaning.CATEGORY);
        if (column >= 0 && name == null) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, column), "no category on this row; taken as "
                    + defaultCategory));
        }
        return name == null ? defaultCategory : name;
    }

    private Optional<TimingStatus> status(SheetRow row) {
        String word = sheet.text(row, Meaning.STATUS);
        Optional<TimingStatus> status = StatusWords.timing(word);
        if (status.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, sheet.layout.column(Meaning.STATUS)), "unknown status '"
                    + word + "' (" + StatusWords.KNOWN + "); this row's time is not used"));
        }
        return status;
    }

    private void penalty(SheetRow row, String entryId, String stage, int column, TimeReading reading) {
        Optional<Duration> time = sheet.time(row, column, reading);
        String reason = sheet.text(row, Meaning.PENALTY_REASON);
        if (time.isPresent() && !time.get().isZero()) {
            penalties.add(new Penalty(entryId, stage, time.get(), reason, null));
        } else if (reason != null && (column < 0 || TimeReading.isBlank(row.cell(column)))) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.PENALTY_REASON)),
                    "a penalty reason without a penalty time is not imported: '" + reason + "'"));
        }
    }
}
