package org.podium.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.podium.model.Basis;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;

/**
 * When a race is still being run, on {@link ReportFixture}'s cars over stages 5 to 9: with the
 * results of stages 8 and 9 and the final standings not in yet, the race is known up to stage 7.
 */
class RaceProgressTest {

    private final Event finished = ReportFixture.event();

    @Test
    void aRaceWithFinalStandingsIsOver() {
        assertThat(RaceProgress.of(finished)).isEmpty();
    }

    @Test
    void withoutTheLastTwoStagesResultsTheRaceIsKnownUpToStage7() {
        Event afterStage7 = keep(finished, c -> c.kind() != ClassificationKind.FINAL
                && !c.stageLabel().equals("8") && !c.stageLabel().equals("9"));

        assertThat(RaceProgress.of(afterStage7)).contains(new RaceProgress("7",
                org.eclipse.collections.api.factory.Lists.immutable.of("8", "9")));
    }

    @Test
    void finalStandingsTheEngineComputedFromTheTimesSoFarDoNotEndTheRace() {
        Event afterStage7 = keep(finished, c -> c.kind() != ClassificationKind.FINAL
                && !c.stageLabel().equals("8") && !c.stageLabel().equals("9"));
        Classification general7 = afterStage7.classifications().detect(c -> c.kind() == ClassificationKind.GENERAL
                && c.stageLabel().equals("7"));
        Event computed = afterStage7.withClassifications(afterStage7.classifications().newWith(new Classification(
                "cars", ClassificationKind.FINAL, null, Basis.COMPUTED, true, general7.rows(), general7.source())));

        assertThat(RaceProgress.of(computed)).map(RaceProgress::lastStage).contains("7");
    }

    @Test
    void aStageWithoutResultsBetweenTwoWithResultsIsAHoleNotProgress() {
        Event hole = keep(finished, c -> c.kind() != ClassificationKind.FINAL && !"8".equals(c.stageLabel()));

        assertThat(RaceProgress.of(hole)).isEmpty();
    }

    @Test
    void aLastStageCancelledForEveryCategoryIsNotStillToBeRun() {
        Event withoutStage9 = keep(finished, c -> c.kind() != ClassificationKind.FINAL && !"9".equals(c.stageLabel()));
        ImmutableList<Stage> stages = withoutStage9.stages().collect(stage -> "9".equals(stage.label())
                ? new Stage(stage.ordinal(), stage.label(), stage.date(), stage.start(), stage.finish(),
                        stage.distanceKm(), stage.type(), stage.categories().collect(c ->
                                new StageCategory(c.categoryId(), StageStatus.CANCELLED, null)), stage.source())
                : stage);
        Event cancelled = new Event(withoutStage9.name(), withoutStage9.edition(), withoutStage9.startDate(),
                withoutStage9.finishDate(), withoutStage9.description(), withoutStage9.source(),
                withoutStage9.properties(), withoutStage9.categories(), stages, withoutStage9.entries(),
                withoutStage9.classifications(), withoutStage9.penalties(), withoutStage9.awardedTimes(),
                withoutStage9.notes());

        assertThat(RaceProgress.of(withoutStage9)).map(RaceProgress::lastStage).contains("8");
        assertThat(RaceProgress.of(cancelled)).isEmpty();
    }

    @Test
    void aBulletinOfOneCategoryFollowsThatCategorysResults() {
        // The cars' results stop after stage 7; the bikes (no results at all here) are known nowhere.
        Event afterStage7 = keep(finished, c -> c.kind() != ClassificationKind.FINAL
                && !c.stageLabel().equals("8") && !c.stageLabel().equals("9"));

        assertThat(RaceProgress.of(afterStage7, Scope.of(java.util.List.of("Cars"), null)))
                .map(RaceProgress::lastStage).contains("7");
        assertThat(RaceProgress.of(afterStage7, Scope.of(java.util.List.of("motorcycles"), null))).isEmpty();
    }

    @Test
    void noResultsAtAllIsNotARaceInProgress() {
        assertThat(RaceProgress.of(keep(finished, c -> false))).isEmpty();
    }

    private static Event keep(Event event, java.util.function.Predicate<Classification> kept) {
        return event.withClassifications(event.classifications().select(kept::test));
    }
}
