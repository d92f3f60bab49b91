package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.podium.engine.ClassificationEngine;
import org.podium.engine.StageTime;
import org.podium.engine.TimingStatus;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Penalty;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The rows of a race timed per crew and stage, built into the event: one timing sheet's rows, or a
 * race folder's stage files merged. Keeps the stages in the order they are first named, one row per
 * crew and stage (the first: a reader asks {@link #claim} before it reads a row, and says in its
 * own words why a second one is not used), the penalties; then resolves gaps and {@code s.t.},
 * tells cancelled stages and awarded times from the rows, and lets the classification engine
 * compute every stage, general and final classification.
 *
 * <p>Rows carry the file they were read from, so a message names the right file whichever reader
 * built them. One instance per event.
 */
final class TimedRows {

    /**
     * Where one file's rows point: its name, its header's line and its time column (for messages
     * about a time; -1 when it has none). Shared by the rows of a file, not made per row.
     */
    record Source(String file, int headerLine, int timeColumn, String timeHeader) {

        SourcePosition at(int line) {
            return SourcePosition.of(file, line, 0);
        }

        /** The time cell of a row. */
        SourcePosition time(int line) {
            return SourcePosition.of(file, line, timeColumn + 1);
        }

        /** The time column's header. */
        SourcePosition header() {
            return SourcePosition.of(file, headerLine, timeColumn + 1);
        }
    }

    /**
     * One crew on one stage as read: {@code status} null when the row's status could not be read
     * (the row then still is the crew's row on the stage, but feeds nothing); {@code cell} the time
     * cell, whose gap or {@code s.t.} is resolved against the stage's other rows.
     */
    record Row(Source source, int line, String entryId, String categoryId, String stage, Duration time,
            TimingStatus status, String crew, ResultCell cell) {

        Group group() {
            return new Group(stage, categoryId);
        }

        SourcePosition at() {
            return source.at(line);
        }

        Row withTime(Duration value) {
            return new Row(source, line, entryId, categoryId, stage, value, status, crew, cell);
        }

        Row withStatus(TimingStatus value) {
            return new Row(source, line, entryId, categoryId, stage, time, value, crew, cell);
        }
    }

    /** A stage's rows of one category: a record as the key, not a string made per row. */
    private record Group(String stage, String categoryId) {
    }

    /** A stage as first named: its index among the stages, and where. */
    private record Named(int index, SourcePosition at) {
    }

    private final EntryBook book;
    private final Diagnostics diagnostics;
    private final MutableList<Row> rows = Lists.mutable.empty();
    private final MutableList<Penalty> penalties = Lists.mutable.empty();
    private final Map<String, Named> stages = new LinkedHashMap<>();
    /**
     * Each entry's row on each stage, by stage index: the row's index in {@link #rows} plus one, 0
     * for none. An array per entry, not a key made per row.
     */
    private final Map<String, int[]> rowOf = new HashMap<>();
    private final Map<String, String> retiredOn = new HashMap<>();

    TimedRows(EntryBook book, Diagnostics diagnostics) {
        this.book = book;
        this.diagnostics = diagnostics;
    }

    /** Names a stage: the stages are in the order they are first named. */
    void stage(String label, SourcePosition at) {
        stages.computeIfAbsent(label, first -> new Named(stages.size(), at));
    }

    /**
     * Asks for the crew's row on a stage: the row already kept for it, or null when this one is the
     * first (then a crew that left the race on an earlier stage is said to have a row after it).
     * The stage must have been {@linkplain #stage named}.
     */
    Row claim(String entryId, String stage, String crew, SourcePosition at) {
        Row earlier = rowOf(entryId, stage);
        if (earlier == null && retiredOn.containsKey(entryId)) {
            diagnostics.report(Diagnostic.warning(at, crew + " left the race on stage " + retiredOn.get(entryId)
                    + " but has a row for stage " + stage + "; it stays out of the general classification"));
        }
        return earlier;
    }

    /** Keeps a row {@linkplain #claim claimed} for its crew and stage. */
    void add(Row row) {
        int index = stages.get(row.stage()).index();
        int[] own = rowOf.computeIfAbsent(row.entryId(), id -> new int[Math.max(stages.size(), 1)]);
        if (index >= own.length) {
            own = Arrays.copyOf(own, Math.max(stages.size(), index + 1));
            rowOf.put(row.entryId(), own);
        }
        rows.add(row);
        own[index] = rows.size();
        if (row.status() != null && row.status().leavesTheRace()) {
            retiredOn.putIfAbsent(row.entryId(), row.stage());
        }
    }

    /** The row kept for the crew on the stage, or null. */
    Row rowOf(String entryId, String stage) {
        Named named = stages.get(stage);
        int[] own = rowOf.get(entryId);
        if (named == null || own == null || named.index() >= own.length || own[named.index()] == 0) {
            return null;
        }
        return rows.get(own[named.index()] - 1);
    }

    /** Gives the kept row another status: a decision taken after the stage. */
    void restate(Row row, TimingStatus status) {
        int index = rowOf.get(row.entryId())[stages.get(row.stage()).index()] - 1;
        rows.set(index, row.withStatus(status));
        if (status.leavesTheRace()) {
            retiredOn.putIfAbsent(row.entryId(), row.stage());
        }
    }

    /** One more penalty: added to the crew's time in the general classification, not to its stage time. */
    void penalty(String entryId, String stage, Duration time, String reason) {
        penalties.add(new Penalty(entryId, stage, time, reason, null));
    }

    /**
     * The event: its stages in the order they were first named, or the itinerary's (each with what
     * its rows say of each category; a stage without rows as the itinerary has it, for every
     * category), then the classifications the engine computes.
     *
     * @param itinerary the stages planned, or null for the stages the rows name
     */
    Event build(Facts facts, String source, ImmutableList<Stage> itinerary, ImmutableList<Note> notes) {
        MutableList<Row> timed = rows.select(row -> row.status() != null);
        resolveGapsAndSameTimes(timed);
        ImmutableList<Category> categories = book.categories();
        MutableList<AwardedTime> awarded = Lists.mutable.empty();
        Set<Group> cancelled = new HashSet<>();
        // One pass over the rows, not one per stage and category.
        Map<Group, MutableList<Row>> byStageAndCategory = new HashMap<>();
        for (Row row : timed) {
            byStageAndCategory.computeIfAbsent(row.group(), key -> Lists.mutable.empty()).add(row);
        }
        Map<String, ImmutableList<StageCategory>> ran = new HashMap<>();
        for (String label : stages.keySet()) {
            MutableList<StageCategory> statuses = Lists.mutable.empty();
            for (Category category : categories) {
                MutableList<Row> own = byStageAndCategory.getOrDefault(new Group(label, category.id()),
                        Lists.mutable.empty());
                if (own.isEmpty()) {
                    continue;
                }
                Duration awardedTime = own.allSatisfy(t -> t.status() == TimingStatus.AWARDED && t.time() != null)
                        && own.collect(Row::time).toSet().size() == 1 ? own.getFirst().time() : null;
                boolean allCancelled = own.allSatisfy(t -> t.status() == TimingStatus.CANCELLED);
                if (awardedTime != null || allCancelled) {
                    statuses.add(new StageCategory(category.id(), StageStatus.CANCELLED, null));
                    cancelled.add(new Group(label, category.id()));
                    if (awardedTime != null) {
                        awarded.add(new AwardedTime(category.id(), label, awardedTime, null));
                        diagnostics.report(Diagnostic.info(own.getFirst().at(), "every " + category.name()
                                + " row of stage " + label + " is 'awarded' with one time: the stage is taken as"
                                + " cancelled for " + category.name() + " with an awarded time of "
                                + Times.format(awardedTime)));
                    }
                } else {
                    statuses.add(new StageCategory(category.id(), StageStatus.RUN, null));
                }
            }
            ran.put(label, statuses.toImmutable());
        }
        ImmutableList<Stage> eventStages = itinerary == null ? named(ran) : planned(itinerary, ran, categories);
        Event event = new Event(facts.name, facts.edition, facts.startDate, facts.finishDate, facts.description,
                source, facts.properties(), categories, eventStages, book.entries(), Lists.immutable.empty(),
                penalties.toImmutable(), awarded.toImmutable(), notes);
        ImmutableList<StageTime> times = stageTimes(timed, cancelled);
        return event.withClassifications(ClassificationEngine.withDefaultRules().classify(event, times));
    }

    /** The stages as the rows name them: a prologue when its label says so, else a special stage. */
    private ImmutableList<Stage> named(Map<String, ImmutableList<StageCategory>> ran) {
        MutableList<Stage> list = Lists.mutable.empty();
        for (Map.Entry<String, Named> stage : stages.entrySet()) {
            String label = stage.getKey();
            String type = StageLabels.isPrologue(label) ? StageTypes.PROLOGUE : StageTypes.SPECIAL;
            list.add(new Stage(list.size() + 1, label, null, null, null, null, type, ran.get(label),
                    stage.getValue().at()));
        }
        return list.toImmutable();
    }

    /** The itinerary's stages, each with what its rows say of each category, or its own status for every one. */
    private static ImmutableList<Stage> planned(ImmutableList<Stage> itinerary,
            Map<String, ImmutableList<StageCategory>> ran, ImmutableList<Category> categories) {
        return itinerary.collect(stage -> {
            if (stage.isRestDay()) {
                return stage;
            }
            ImmutableList<StageCategory> statuses = ran.get(stage.label());
            if (statuses == null) {
                StageStatus planned = stage.categories().isEmpty() ? StageStatus.RUN
                        : stage.categories().getFirst().status();
                statuses = categories.collect(c -> new StageCategory(c.id(), planned, null));
            }
            return new Stage(stage.ordinal(), stage.label(), stage.date(), stage.start(), stage.finish(),
                    stage.distanceKm(), stage.type(), statuses, stage.source());
        });
    }

    /** The engine's input: a cancelled stage's awarded rows become the stage's awarded time instead. */
    private ImmutableList<StageTime> stageTimes(MutableList<Row> timed, Set<Group> cancelled) {
        MutableList<StageTime> times = Lists.mutable.empty();
        for (Row row : timed) {
            if (cancelled.contains(row.group())) {
                continue;
            }
            boolean needsTime = row.status() == TimingStatus.FINISHED || row.status() == TimingStatus.AWARDED;
            if (needsTime && row.time() == null) {
                diagnostics.report(Diagnostic.error(row.source().time(row.line()), row.crew() + " has no time on"
                        + " stage " + row.stage() + "; it is left out of that stage's classification and listed as not"
                        + " classified from there on"));
                continue;
            }
            times.add(new StageTime(row.entryId(), row.stage(), row.time(), row.status(), row.at()));
        }
        return times.toImmutable();
    }

    /**
     * A gap in the time column ({@code +1:02.3}) is behind the stage's fastest time on that
     * stage, and {@code s.t.} is the time of the row above on the same stage: both derived exactly,
     * said once per file with the rows they concern.
     */
    private void resolveGapsAndSameTimes(MutableList<Row> timed) {
        Map<Source, MutableIntList> gaps = new LinkedHashMap<>();
        Map<Source, MutableIntList> same = new LinkedHashMap<>();
        Map<Source, MutableIntList> unresolved = new LinkedHashMap<>();
        Map<Group, Duration> fastest = new HashMap<>();
        for (Row row : timed) {
            if (row.time() != null && row.cell().kind() == ResultCell.Kind.TIME) {
                fastest.merge(row.group(), row.time(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<Group, Duration> above = new HashMap<>();
        for (int i = 0; i < timed.size(); i++) {
            Row row = timed.get(i);
            Group key = row.group();
            if (row.cell().kind() == ResultCell.Kind.GAP) {
                Duration leader = fastest.get(key);
                if (leader == null) {
                    lines(unresolved, row);
                } else {
                    row = row.withTime(leader.plus(row.cell().duration()));
                    lines(gaps, row);
                }
            } else if (row.cell().kind() == ResultCell.Kind.SAME_TIME) {
                Duration previous = above.get(key);
                if (previous == null) {
                    lines(unresolved, row);
                } else {
                    row = row.withTime(previous);
                    lines(same, row);
                }
            }
            timed.set(i, row);
            if (row.time() != null) {
                above.put(key, row.time());
            }
        }
        gaps.forEach((source, lines) -> diagnostics.report(Diagnostic.info(source.header(), "column '"
                + source.timeHeader() + "' holds gaps written with '+' (" + lines(lines) + "): each is read as a gap to"
                + " the stage's fastest time, and the stage time taken as that time + the gap")));
        same.forEach((source, lines) -> diagnostics.report(Diagnostic.info(source.header(), "'s.t.' (same time) on "
                + lines(lines) + ": the stage time of the row above on the same stage")));
        unresolved.forEach((source, lines) -> diagnostics.report(Diagnostic.error(source.time(lines.getFirst()),
                "a gap or 's.t.' with no time on its stage to take it from (" + lines(lines) + "); kept without a"
                        + " time")));
    }

    private static void lines(Map<Source, MutableIntList> bySource, Row row) {
        bySource.computeIfAbsent(row.source(), source -> IntLists.mutable.empty()).add(row.line());
    }

    private static String lines(MutableIntList lines) {
        StringBuilder text = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
        for (int i = 0; i < Math.min(8, lines.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(lines.get(i));
        }
        return text.append(lines.size() > 8 ? ", …" : "").toString();
    }
}
