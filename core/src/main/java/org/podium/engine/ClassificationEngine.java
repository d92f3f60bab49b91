package org.podium.engine;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;

/**
 * Computes classifications from stage times: each stage's result, the general classification after
 * every stage, and the final standings, complete and with gaps to the leader.
 *
 * <ul>
 *   <li>A stage classification ranks the times crews took on that stage; a penalty given on the
 *       stage is shown beside the time, not added to it.</li>
 *   <li>A general time is the sum of the crew's stage times (awarded times included) plus its
 *       penalties so far, which are shown in their own column. A penalty whose stage the source does
 *       not name counts from the last stage on.</li>
 *   <li>An awarded time of the event's (a cancelled stage) counts for every crew still racing that
 *       has no time of its own on that stage.</li>
 *   <li>Equal times share the printed position and the next position is skipped; the order among
 *       them is the {@link TieBreakChain}'s.</li>
 *   <li>A crew that retires, is disqualified or does not start leaves the general classification
 *       from that stage on and is listed after the classified crews with its status; the stage
 *       results still show what it did. A crew still racing with no row for a stage that ran is
 *       listed as not classified from that stage on.</li>
 *   <li>When entries have a class ({@link Entry#vehicleClass()}), every classified crew with one
 *       also gets its place within its class and its gap to the class's first crew in that
 *       classification, counted as positions are (ties share one).</li>
 * </ul>
 *
 * <p>Pure: model in, classifications out. Stateless and thread-safe.
 */
public final class ClassificationEngine {

    private final TieBreakChain tieBreaks;

    public ClassificationEngine(TieBreakChain tieBreaks) {
        this.tieBreaks = Objects.requireNonNull(tieBreaks, "tieBreaks");
    }

    public static ClassificationEngine withDefaultRules() {
        return new ClassificationEngine(TieBreakChain.DEFAULT);
    }

    /**
     * The computed classifications of every category, in event order (category, stage, stage before
     * general, final last), from the event's stages, entries, penalties and awarded times and the
     * given stage times. Times of entries or stages the event does not know are ignored.
     */
    public ImmutableList<Classification> classify(Event event, ImmutableList<StageTime> times) {
        ImmutableMap<String, Entry> entries = event.entriesById();
        java.util.Set<String> stageLabels = new java.util.HashSet<>(event.numberedStages().collect(Stage::label).castToList());
        // Each time goes to its category once, so no category scans the others' times.
        Map<String, MutableList<StageTime>> timesByCategory = new HashMap<>();
        for (StageTime time : times) {
            Entry entry = entries.get(time.entryId());
            if (entry != null && stageLabels.contains(time.stageLabel())) {
                timesByCategory.computeIfAbsent(entry.categoryId(), id -> Lists.mutable.empty()).add(time);
            }
        }
        MutableList<Classification> all = Lists.mutable.empty();
        for (Category category : event.categories()) {
            ImmutableList<StageTime> own = timesByCategory.getOrDefault(category.id(), Lists.mutable.empty()).toImmutable();
            all.addAll(new CategoryRun(event, category, entries, own).classify().castToList());
        }
        return all.toImmutable();
    }

    /** The working state of one category's classification, made per call. */
    private final class CategoryRun {
        private final Event event;
        private final String categoryId;
        private final ImmutableMap<String, Entry> entries;
        private final MutableList<String> crews = Lists.mutable.empty();
        private final Map<String, Integer> sourceOrder = new HashMap<>();
        private final Map<String, Map<String, StageTime>> timesByStage = new HashMap<>();
        private final Map<String, Duration> total = new HashMap<>();
        private final Map<String, Duration> penaltyTotal = new HashMap<>();
        private final Map<String, ResultStatus> out = new HashMap<>();
        private final Map<String, Integer> outAtStage = new HashMap<>();
        /** Penalty time by crew, then by stage label; the empty label holds those whose stage is unknown. */
        private final Map<String, Map<String, Duration>> penalties = new HashMap<>();
        /** Each crew's entry, by its index in {@link #crews} (its source order). */
        private Entry[] entryAt;
        /** Positions as objects, made once per category rather than once per row. */
        private Integer[] positions;
        /** Classified lines' order: time, then the tie-break chain; made once per category. */
        private Comparator<Line> classifiedOrder;

        CategoryRun(Event event, Category category, ImmutableMap<String, Entry> entries, ImmutableList<StageTime> times) {
            this.event = event;
            this.categoryId = category.id();
            this.entries = entries;
            for (StageTime time : times) {
                if (!sourceOrder.containsKey(time.entryId())) {
                    sourceOrder.put(time.entryId(), crews.size());
                    crews.add(time.entryId());
                }
                timesByStage.computeIfAbsent(time.stageLabel(), label -> new HashMap<>()).put(time.entryId(), time);
            }
            for (String crew : crews) {
                total.put(crew, Duration.ZERO);
                penaltyTotal.put(crew, Duration.ZERO);
            }
            entryAt = new Entry[crews.size()];
            for (int i = 0; i < crews.size(); i++) {
                entryAt[i] = entries.get(crews.get(i));
            }
            positions = new Integer[crews.size() + 1];
            classifiedOrder = Comparator.comparing((Line l) -> l.time()).thenComparing(tieBreakOrder());
            for (Penalty penalty : event.penalties()) {
                String stage = penalty.stageLabel() == null ? "" : penalty.stageLabel();
                penalties.computeIfAbsent(penalty.entryId(), crew -> new HashMap<>())
                        .merge(stage, penalty.time(), Duration::plus);
            }
        }

        ImmutableList<Classification> classify() {
            MutableList<Classification> classifications = Lists.mutable.empty();
            if (crews.isEmpty()) {
                return classifications.toImmutable();
            }
            ImmutableList<Stage> counted = event.numberedStages().select(this::counts);
            Classification lastGeneral = null;
            for (int s = 0; s < counted.size(); s++) {
                Stage stage = counted.get(s);
                boolean last = s == counted.size() - 1;
                Map<String, StageTime> stageTimes = timesByStage.getOrDefault(stage.label(), Map.of());
                boolean cancelled = stage.forCategory(categoryId).map(c -> c.status() == StageStatus.CANCELLED)
                        .orElse(false);
                // A cancelled stage's awarded times count in the general, but rank nobody on the stage.
                if (!stageTimes.isEmpty() && !cancelled) {
                    classifications.add(stageClassification(stage, stageTimes));
                }
                advance(stage, stageTimes, s, last);
                lastGeneral = generalClassification(stage, stageTimes, s);
                classifications.add(lastGeneral);
            }
            if (lastGeneral != null) {
                classifications.add(new Classification(categoryId, ClassificationKind.FINAL, null, Basis.COMPUTED, true,
                        lastGeneral.rows(), SourcePosition.UNKNOWN));
            }
            return classifications.toImmutable();
        }

        /** A stage counts when it ran for the category, or was cancelled with an awarded time, or has times. */
        private boolean counts(Stage stage) {
            if (timesByStage.containsKey(stage.label())) {
                return true;
            }
            StageStatus status = stage.forCategory(categoryId).map(StageCategory::status).orElse(StageStatus.LIAISON);
            return status == StageStatus.CANCELLED && awardedTime(stage) != null;
        }

        private Classification stageClassification(Stage stage, Map<String, StageTime> stageTimes) {
            MutableList<Line> lines = Lists.mutable.empty();
            for (int i = 0; i < crews.size(); i++) {
                String crew = crews.get(i);
                StageTime time = stageTimes.get(crew);
                if (time == null || time.status() == TimingStatus.CANCELLED) {
                    continue;
                }
                ResultStatus status = resultStatus(time.status());
                lines.add(new Line(i, crew, time.time(), penaltiesOn(crew, stage), status, time.time(), time.source()));
            }
            return rank(stage, ClassificationKind.STAGE, lines, Map.of());
        }

        private void advance(Stage stage, Map<String, StageTime> stageTimes, int stageIndex, boolean last) {
            Duration awarded = awardedTime(stage);
            boolean ran = stage.forCategory(categoryId).map(c -> c.status() == StageStatus.RUN).orElse(true);
            for (String crew : crews) {
                if (out.containsKey(crew)) {
                    continue;
                }
                StageTime time = stageTimes.get(crew);
                if (time == null) {
                    if (awarded != null) {
                        total.merge(crew, awarded, Duration::plus);
                    } else if (ran) {
                        out.put(crew, ResultStatus.NOT_CLASSIFIED);
                        outAtStage.put(crew, stageIndex);
                    }
                } else if (time.status().leavesTheRace()) {
                    out.put(crew, resultStatus(time.status()));
                    outAtStage.put(crew, stageIndex);
                } else if (time.status() != TimingStatus.CANCELLED) {
                    total.merge(crew, time.time(), Duration::plus);
                }
                Duration added = penaltiesOn(crew, stage);
                if (last) {
                    added = plus(added, penaltiesWithoutStage(crew));
                }
                if (added != null) {
                    total.merge(crew, added, Duration::plus);
                    penaltyTotal.merge(crew, added, Duration::plus);
                }
            }
        }

        private Classification generalClassification(Stage stage, Map<String, StageTime> stageTimes, int stageIndex) {
            MutableList<Line> lines = Lists.mutable.empty();
            for (int i = 0; i < crews.size(); i++) {
                String crew = crews.get(i);
                StageTime time = stageTimes.get(crew);
                Duration latest = time != null ? time.time() : null;
                ResultStatus left = out.get(crew);
                if (left != null) {
                    lines.add(new Line(i, crew, null, null, left, null, SourcePosition.UNKNOWN));
                } else {
                    Duration penalties = penaltyTotal.get(crew);
                    lines.add(new Line(i, crew, total.get(crew), penalties.isZero() ? null : penalties,
                            ResultStatus.CLASSIFIED, latest, SourcePosition.UNKNOWN));
                }
            }
            return rank(stage, ClassificationKind.GENERAL, lines, outAtStage);
        }

        /**
         * Orders the lines: classified by time, ties by the chain, sharing positions; then the crews
         * out of the race, the latest to leave first, then in source order.
         */
        private Classification rank(Stage stage, ClassificationKind kind, MutableList<Line> lines,
                Map<String, Integer> leftAt) {
            MutableList<Line> classified = lines.select(l -> l.status() == ResultStatus.CLASSIFIED && l.time() != null);
            MutableList<Line> others = lines.reject(l -> l.status() == ResultStatus.CLASSIFIED && l.time() != null);
            classified.sortThis(classifiedOrder);
            others.sortThis(Comparator.comparing((Line l) -> -leftAt.getOrDefault(l.crew(), Integer.MAX_VALUE))
                    .thenComparingInt(Line::order));
            MutableList<ClassificationRow> rows = Lists.mutable.empty();
            Duration leader = classified.isEmpty() ? null : classified.getFirst().time();
            int position = 0;
            Duration previous = null;
            Map<String, ClassRank> classes = new HashMap<>();
            for (int i = 0; i < classified.size(); i++) {
                Line line = classified.get(i);
                if (!line.time().equals(previous)) {
                    position = i + 1;
                    previous = line.time();
                }
                Duration gap = line.time().minus(leader);
                Entry entry = entryAt[line.order()];
                if (positions[position] == null) {
                    positions[position] = position;
                }
                ClassificationRow row = new ClassificationRow(positions[position], line.crew(), entry.make(), line.time(), false,
                        position == 1 ? null : gap, line.penalty(), ResultStatus.CLASSIFIED, line.source());
                if (entry.vehicleClass() != null) {
                    row = row.withDetails(classes.computeIfAbsent(entry.vehicleClass(), c -> new ClassRank())
                            .next(line.time()));
                }
                rows.add(row);
            }
            for (Line line : others) {
                ResultStatus status = line.status() == ResultStatus.CLASSIFIED ? ResultStatus.NOT_CLASSIFIED : line.status();
                rows.add(new ClassificationRow(null, line.crew(), entryAt[line.order()].make(), line.time(), false, null,
                        line.penalty(), status, line.source()));
            }
            return new Classification(categoryId, kind, stage.label(), Basis.COMPUTED, true, rows.toImmutable(),
                    SourcePosition.UNKNOWN);
        }

        private Comparator<Line> tieBreakOrder() {
            Comparator<Line> order = (a, b) -> 0;
            for (TieBreak rule : tieBreaks.rules()) {
                order = order.thenComparing(switch (rule) {
                    case LATEST_STAGE_TIME -> Comparator.comparing((Line l) -> l.latestStageTime(),
                            Comparator.nullsLast(Comparator.naturalOrder()));
                    case RACE_NUMBER -> Comparator.comparing((Line l) -> entryAt[l.order()].number(),
                            Comparator.nullsLast(Comparator.naturalOrder()));
                    case SOURCE_ORDER -> Comparator.comparingInt(Line::order);
                });
            }
            return order;
        }

        private Duration awardedTime(Stage stage) {
            AwardedTime awarded = event.awardedTimes().detect(
                    a -> a.categoryId().equals(categoryId) && stage.label().equals(a.stageLabel()));
            return awarded == null ? null : awarded.time();
        }

        private Duration penaltiesOn(String crew, Stage stage) {
            return penalties.getOrDefault(crew, Map.of()).get(stage.label());
        }

        private Duration penaltiesWithoutStage(String crew) {
            return penalties.getOrDefault(crew, Map.of()).get("");
        }
    }

    private static Duration plus(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.plus(b);
    }

    private static ResultStatus resultStatus(TimingStatus status) {
        return switch (status) {
            case FINISHED, AWARDED, CANCELLED -> ResultStatus.CLASSIFIED;
            case RETIRED -> ResultStatus.RETIRED;
            case DISQUALIFIED -> ResultStatus.DISQUALIFIED;
            case NOT_STARTED -> ResultStatus.NOT_STARTED;
        };
    }

    /**
     * The place within one class, counted as positions are: crews on equal time share one and the
     * next is skipped; the gap is to the class's first crew, none for those level with it.
     */
    private static final class ClassRank {
        private int seen;
        private int position;
        private Duration previous;
        private Duration leader;

        /** The details of the class's next crew in order, whose time is {@code time}. */
        RowDetails next(Duration time) {
            seen++;
            if (!time.equals(previous)) {
                position = seen;
                previous = time;
            }
            if (leader == null) {
                leader = time;
            }
            Duration gap = time.minus(leader);
            return RowDetails.NONE.withClassPosition(position).withClassGap(position == 1 ? null : gap);
        }
    }

    /** A crew's line before it is ranked; {@code order} is the crew's index in source order. */
    private record Line(int order, String crew, Duration time, Duration penalty, ResultStatus status, Duration latestStageTime,
            SourcePosition source) {
    }
}
