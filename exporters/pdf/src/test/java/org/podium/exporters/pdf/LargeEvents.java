package org.podium.exporters.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;

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

    /**
     * {@code stages} timed stages, each with a top-three stage result and general classification
     * of two-person crews and on every third stage a penalty stated on it: blocks of several heights to fall at every height
     * of a page, for tests of what stays together.
     */
    static Event manyStages(int stages) {
        MutableList<Entry> entries = Lists.mutable.empty();
        for (int i = 1; i <= 3; i++) {
            entries.add(Dakar2002Cars.entry("cars-" + i, i, "Mitsubishi", "Team " + i, "Driver Number" + i, "FRA",
                    "Navigator Number" + i, "BEL"));
        }
        MutableList<Stage> itinerary = Lists.mutable.empty();
        MutableList<Classification> tables = Lists.mutable.empty();
        MutableList<Penalty> penalties = Lists.mutable.empty();
        for (int s = 1; s <= stages; s++) {
            String label = Integer.toString(s);
            itinerary.add(new Stage(s, label, LocalDate.parse("2002-01-01").plusDays(s), new Place("Start " + s, null),
                    new Place("Finish " + s, null), new BigDecimal("400"), StageTypes.SPECIAL,
                    Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, null)), SourcePosition.UNKNOWN));
            for (ClassificationKind kind : new ClassificationKind[] {ClassificationKind.STAGE, ClassificationKind.GENERAL}) {
                Duration base = kind == ClassificationKind.STAGE ? Duration.ofHours(3) : Duration.ofHours(3L * s);
                MutableList<ClassificationRow> rows = Lists.mutable.empty();
                for (int i = 1; i <= 3; i++) {
                    Duration behind = Duration.ofMinutes(i - 1L);
                    rows.add(new ClassificationRow(i, "cars-" + i, null, base.plus(behind), false,
                            i == 1 ? null : behind, null, ResultStatus.CLASSIFIED, SourcePosition.UNKNOWN));
                }
                tables.add(new Classification("cars", kind, label, Basis.REPORTED, false, rows.toImmutable(),
                        SourcePosition.UNKNOWN));
            }
            if (s % 3 == 0) {
                penalties.add(new Penalty("cars-3", label, Duration.ofMinutes(s), "a penalty reason long enough to"
                        + " make its line wrap once it is set in the bulletin's body text at nine points", null));
            }
        }
        return new Event("Layout Rally", null, null, null, null, "layout.txt", Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())), itinerary.toImmutable(),
                entries.toImmutable(), tables.toImmutable(), penalties.toImmutable(), Lists.immutable.empty(),
                Lists.immutable.empty());
    }
}
