package org.podium.report;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.model.StageStatus;

/**
 * How far a race that is still being run has got: the last stage with results, and the stages of
 * the itinerary after it that have none yet. A results office issues bulletin N from what has
 * arrived so far; a run that names no stage then gets the event as known after the last stage with
 * results, not a whole-event document whose later stages are empty.
 *
 * <p>A race is in progress when no source gives final standings, some stage has a result, and some
 * stage after the last one with a result is to be run (for a category, neither cancelled nor a
 * liaison) and has none. A stage with no result between two with results is a hole the checks
 * report, not progress.
 *
 * @param lastStage the label of the last stage with a stage result or a general classification
 * @param pending   the labels of the stages after it still to be run, in race order
 */
public record RaceProgress(String lastStage, ImmutableList<String> pending) {

    public RaceProgress {
        Objects.requireNonNull(lastStage, "lastStage");
        Objects.requireNonNull(pending, "pending");
    }

    /** How far the race has got, when it is still being run; empty for a race that is over (or has no stages). */
    public static Optional<RaceProgress> of(Event event) {
        return of(event, Scope.WHOLE_EVENT);
    }

    /**
     * How far the race has got for the categories {@code scope} asks for (all when it names none):
     * a bulletin of the bikes follows the bikes' results, whatever the cars' say.
     */
    public static Optional<RaceProgress> of(Event event, Scope scope) {
        Set<String> categories = new HashSet<>();
        for (Category category : event.categories()) {
            if (scope.categories().isEmpty() || scope.categories().anySatisfy(category::isNamed)) {
                categories.add(category.id());
            }
        }
        Set<String> withResults = new HashSet<>();
        for (Classification classification : event.classifications()) {
            if (!categories.contains(classification.categoryId())) {
                continue;
            }
            if (classification.kind() == ClassificationKind.FINAL && classification.basis() == Basis.REPORTED) {
                // Final standings a source publishes end the race; those the engine computes from
                // the times so far are only the general classification after the last stage run.
                return Optional.empty();
            }
            if (classification.stageLabel() != null) {
                withResults.add(classification.stageLabel());
            }
        }
        ImmutableList<Stage> stages = event.numberedStages();
        int last = stages.detectLastIndex(stage -> withResults.contains(stage.label()));
        if (last < 0) {
            return Optional.empty();
        }
        ImmutableList<String> pending = stages.subList(last + 1, stages.size())
                .select(stage -> toBeRun(stage, categories)).collect(Stage::label).toImmutable();
        return pending.isEmpty() ? Optional.empty() : Optional.of(new RaceProgress(stages.get(last).label(), pending));
    }

    private static boolean toBeRun(Stage stage, Set<String> categories) {
        return stage.categories().isEmpty() || stage.categories().anySatisfy(c -> categories.contains(c.categoryId())
                && c.status() == StageStatus.RUN);
    }
}
