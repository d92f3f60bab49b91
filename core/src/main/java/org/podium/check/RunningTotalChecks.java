package org.podium.check;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Penalty;
import org.podium.model.ResultStatus;
import org.podium.model.Stage;
import org.podium.model.StageStatus;

/**
 * Between classifications: the general time after a stage is the general time after the previous
 * one plus this stage's time, plus penalties and awarded times of the stages in between. A
 * difference that a note's penalty or awarded time accounts for exactly is explained, and places
 * the note's stage; a crew whose computed time would put it inside a reported top N, yet absent
 * from it, is a finding too. What a top three cannot show is said once per table, as info.
 */
final class RunningTotalChecks {

    private final CheckContext context;

    private RunningTotalChecks(CheckContext context) {
        this.context = context;
    }

    static void run(CheckContext context) {
        new RunningTotalChecks(context).runAll();
    }

    private void runAll() {
        for (Category category : context.event.categories()) {
            Classification previous = null;
            Stage previousStage = null;
            for (Stage stage : context.event.numberedStages()) {
                Classification general = reported(category.id(), ClassificationKind.GENERAL, stage.label());
                if (general == null) {
                    continue;
                }
                Classification stageResult = reported(category.id(), ClassificationKind.STAGE, stage.label());
                if (stageResult != null) {
                    checkStep(category.id(), previousStage, previous, stage, stageResult, general);
                }
                previous = general;
                previousStage = stage;
            }
        }
        for (Penalty penalty : context.event.penalties()) {
            if (penalty.statedStage() == null && !context.isPlaced(penalty)) {
                String category = context.entries.get(penalty.entryId()) == null ? null
                        : context.entries.get(penalty.entryId()).categoryId();
                context.add(new Finding(FindingSeverity.INFO, category, null, "general",
                        Lists.immutable.of(penalty.entryId()), null, Durations.format(penalty.time()),
                        "The " + Durations.minutes(penalty.time()) + " penalty of " + context.name(penalty.entryId())
                                + " could not be placed on a stage: the tables never show this crew on two"
                                + " consecutive general classifications with the stage between.",
                        Lists.immutable.empty(), penalty.noteId()));
            }
        }
    }

    private void checkStep(String category, Stage previousStage, Classification previous, Stage stage,
            Classification stageResult, Classification general) {
        ImmutableList<Stage> between = stagesBetween(previousStage, stage);
        Duration knownAwarded = between.collect(s -> awardedOn(category, s)).select(java.util.Objects::nonNull)
                .injectInto(Duration.ZERO, Duration::plus);
        MutableList<String> unverified = Lists.mutable.empty();
        for (ClassificationRow row : general.rows()) {
            if (row.time() == null || row.status() != ResultStatus.CLASSIFIED) {
                continue;
            }
            Duration before = previous != null ? timeOf(previous, row.entryId())
                    : ranBefore(category, stage) ? null : Duration.ZERO;
            Duration onStage = timeOf(stageResult, row.entryId());
            if (before == null || onStage == null) {
                unverified.add(context.name(row.entryId()));
                continue;
            }
            Duration expected = before.plus(onStage).plus(knownAwarded).plus(penaltiesOn(row.entryId(), between, stage));
            Duration difference = row.time().minus(expected);
            if (!difference.isZero()) {
                explainOrContradict(category, previousStage, stage, between, general, row, expected, difference);
            }
        }
        checkAbsent(previousStage, previous, stageResult, general, between, knownAwarded, stage);
        if (!unverified.isEmpty()) {
            context.add(new Finding(FindingSeverity.INFO, category, stage.label(), "general", Lists.immutable.empty(),
                    null, null, "In " + context.describe(general) + ", " + unverified.makeString(", ")
                            + (unverified.size() == 1 ? " is" : " are")
                            + " not in both the stage's result and the previous general classification as reported"
                            + " (only their leading crews are given), so " + (unverified.size() == 1 ? "this time" : "these times")
                            + " could not be verified.",
                    Lists.immutable.empty(), null));
        }
    }

    private void explainOrContradict(String category, Stage previousStage, Stage stage, ImmutableList<Stage> between,
            Classification general, ClassificationRow row, Duration expected, Duration difference) {
        ImmutableList<Stage> cancelled = between.select(s -> s != stage && cancelledFor(category, s));
        for (AwardedTime awarded : context.event.awardedTimes()) {
            if (awarded.categoryId().equals(category) && awarded.statedStage() == null
                    && awarded.time().equals(difference) && cancelled.size() == 1) {
                context.place(awarded, cancelled.getFirst().label());
                context.add(FindingSeverity.EXPLAINED, general, Lists.immutable.of(row), expected, row.time(),
                        "In " + context.describe(general) + ", " + context.name(row.entryId()) + " has "
                                + CheckContext.clock(row.time()) + " where the previous general time and the stage time"
                                + " give " + CheckContext.clock(expected) + "; the awarded time of "
                                + Durations.format(awarded.time()) + " accounts for the difference, and places it on"
                                + " stage " + cancelled.getFirst().label() + ", cancelled for "
                                + context.categoryName(category) + ".", awarded.noteId());
                return;
            }
        }
        for (Penalty penalty : context.event.penalties()) {
            if (penalty.entryId().equals(row.entryId()) && penalty.statedStage() == null
                    && penalty.time().equals(difference)) {
                place(penalty, stage, between);
                String place = placeBetween(previousStage, stage, between);
                context.add(FindingSeverity.EXPLAINED, general, Lists.immutable.of(row), expected, row.time(),
                        "In " + context.describe(general) + ", " + context.name(row.entryId()) + " has "
                                + CheckContext.clock(row.time()) + " where the previous general time and the stage time"
                                + " give " + CheckContext.clock(expected) + "; the " + Durations.minutes(penalty.time())
                                + " penalty accounts for the difference, and places it " + place + ".",
                        penalty.noteId());
                return;
            }
        }
        context.add(FindingSeverity.CONTRADICTION, general, Lists.immutable.of(row), expected, row.time(),
                "In " + context.describe(general) + ", " + context.name(row.entryId()) + " has "
                        + CheckContext.clock(row.time()) + ", but the previous general time plus the stage time give "
                        + CheckContext.clock(expected) + " (a difference of " + Durations.signed(difference)
                        + " that no note explains).", null);
    }

    /** A crew in the previous general and this stage's result whose computed time beats the reported top N. */
    private void checkAbsent(Stage previousStage, Classification previous, Classification stageResult,
            Classification general, ImmutableList<Stage> between, Duration knownAwarded, Stage stage) {
        if (general.complete() || previous == null) {
            return;
        }
        ClassificationRow last = general.rows().select(r -> r.time() != null).getLastOptional().orElse(null);
        if (last == null) {
            return;
        }
        for (ClassificationRow stageRow : stageResult.rows()) {
            String crew = stageRow.entryId();
            if (stageRow.time() == null || timeOf(general, crew) != null || timeOf(previous, crew) == null) {
                continue;
            }
            Duration computed = timeOf(previous, crew).plus(stageRow.time()).plus(knownAwarded)
                    .plus(penaltiesOn(crew, between, stage));
            if (computed.compareTo(last.time()) >= 0) {
                continue;
            }
            Penalty explaining = context.event.penalties().detect(p -> p.entryId().equals(crew) && p.statedStage() == null
                    && computed.plus(p.time()).compareTo(last.time()) >= 0);
            if (explaining != null) {
                place(explaining, stage, between);
                context.add(FindingSeverity.EXPLAINED, general, Lists.immutable.of(stageRow), computed, null,
                        context.name(crew) + " is absent from " + context.describe(general) + " although the previous"
                                + " general time plus the stage time give " + CheckContext.clock(computed)
                                + ", inside the top " + general.rows().size() + "; the "
                                + Durations.minutes(explaining.time()) + " penalty accounts for it, and places it "
                                + placeBetween(previousStage, stage, between) + ".",
                        explaining.noteId());
            } else {
                context.add(FindingSeverity.CONTRADICTION, general, Lists.immutable.of(stageRow), computed, null,
                        context.name(crew) + " is absent from " + context.describe(general) + " although the previous"
                                + " general time plus the stage time give " + CheckContext.clock(computed)
                                + ", ahead of " + context.name(last.entryId()) + "'s " + CheckContext.clock(last.time())
                                + ".", null);
            }
        }
    }

    /**
     * Records what a penalty's explanation says of its stage: placed on the stage when the two
     * general classifications are consecutive; only "explained" when a range of stages is between.
     */
    private void place(Penalty penalty, Stage stage, ImmutableList<Stage> between) {
        if (between.size() == 1) {
            context.place(penalty, stage.label());
        } else {
            context.markExplained(penalty);
        }
    }

    /** Where a difference between two general classifications arose: {@code on stage 8}, or a range. */
    private static String placeBetween(Stage previousStage, Stage stage, ImmutableList<Stage> between) {
        return between.size() == 1 ? "on stage " + stage.label()
                : "between stage " + (previousStage == null ? "the start" : previousStage.label())
                        + " and stage " + stage.label();
    }

    /** The stages after {@code from} up to and including {@code to}, in race order. */
    private ImmutableList<Stage> stagesBetween(Stage from, Stage to) {
        return context.event.numberedStages().select(s -> (from == null || s.ordinal() > from.ordinal())
                && s.ordinal() <= to.ordinal());
    }

    /** Whether a stage before this one ran for the category: then a first general table is not the first time. */
    private boolean ranBefore(String category, Stage stage) {
        return context.event.numberedStages().anySatisfy(s -> s.ordinal() < stage.ordinal()
                && s.forCategory(category).map(c -> c.status() == StageStatus.RUN).orElse(true));
    }

    private boolean cancelledFor(String category, Stage stage) {
        return stage.forCategory(category).map(c -> c.status() == StageStatus.CANCELLED).orElse(false);
    }

    private Duration awardedOn(String category, Stage stage) {
        AwardedTime awarded = context.event.awardedTimes().detect(
                a -> a.categoryId().equals(category) && stage.label().equals(a.statedStage()));
        return awarded == null ? null : awarded.time();
    }

    private Duration penaltiesOn(String crew, ImmutableList<Stage> stages, Stage last) {
        Duration sum = Duration.ZERO;
        for (Penalty penalty : context.event.penalties()) {
            if (penalty.entryId().equals(crew) && penalty.statedStage() != null
                    && stages.anySatisfy(s -> s.label().equals(penalty.statedStage()))) {
                sum = sum.plus(penalty.time());
            }
        }
        return sum;
    }

    private Classification reported(String category, ClassificationKind kind, String stage) {
        return context.event.classification(category, kind, stage).filter(CheckContext::isReported).orElse(null);
    }

    private Duration timeOf(Classification table, String entryId) {
        return context.timeOf(table, entryId);
    }
}
