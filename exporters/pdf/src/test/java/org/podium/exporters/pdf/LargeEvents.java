package org.podium.exporters.pdf;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Basis;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;

/** Events built from the 2002 cars for tests that need more rows than the article has. */
final class LargeEvents {

    private LargeEvents() {
    }

    /** The 2002 cars with {@code crews} more crews, all classified on stage 1 as if it had been timed. */
    static Event cars(int crews) {
        Event base = Dakar2002Cars.event();
        MutableList<Entry> entries = Lists.mutable.empty();
        MutableList<ClassificationRow> rows = Lists.mutable.empty();
        for (int i = 1; i <= crews; i++) {
            String id = "cars-" + (1000 + i);
            entries.add(Dakar2002Cars.entry(id, 1000 + i, "Mitsubishi", null,
                    "Driver Number" + i, "FRA", "Navigator Number" + i, "BEL"));
            Duration behind = Duration.ofSeconds(17L * (i - 1));
            rows.add(new ClassificationRow(i, id, null, Duration.ofHours(3).plus(behind), false,
                    i == 1 ? null : behind, null, ResultStatus.CLASSIFIED, SourcePosition.UNKNOWN));
        }
        Classification stage1 = new Classification("cars", ClassificationKind.STAGE, "1", Basis.COMPUTED, true,
                rows.toImmutable(), SourcePosition.UNKNOWN);
        var stages = base.stages().collect(stage -> !"1".equals(stage.label()) ? stage
                : new org.podium.model.Stage(stage.ordinal(), stage.label(), stage.date(), stage.start(), stage.finish(),
                        stage.distanceKm(), stage.type(),
                        Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, null)), stage.source()));
        return new Event(base.name(), base.edition(), base.startDate(), base.finishDate(), base.description(),
                base.source(), base.properties(), base.categories(), stages, base.entries().newWithAll(entries),
                base.classifications().newWith(stage1), base.penalties(), base.awardedTimes(), base.notes());
    }

    /** The event with the entry appended to the cars' final standings. */
    static Event withFinalRow(Event event, String entryId) {
        var classifications = event.classifications().collect(c -> c.kind() != ClassificationKind.FINAL ? c
                : new Classification(c.categoryId(), c.kind(), c.stageLabel(), c.basis(), c.complete(),
                        c.rows().newWith(new ClassificationRow(11, entryId, null, Duration.ofHours(70), false,
                                Duration.ofHours(24), null, ResultStatus.CLASSIFIED, SourcePosition.UNKNOWN)),
                        c.source()));
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                classifications, event.penalties(), event.awardedTimes(), event.notes());
    }
}
