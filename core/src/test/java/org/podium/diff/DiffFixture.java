package org.podium.diff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;

/**
 * A part of the 2002 Dakar article (Wikipedia, CC BY-SA) as the article reports it: the bikes'
 * stage 13 and the general classification after it, the cars' stage 8 with De Mévius's 18-minute
 * penalty, and the trucks' stage 4, cancelled, with the 50 minutes awarded to them. Stage 12 stands
 * before, with the bikes' top three. Built by hand, so the diff is tested without any importer.
 */
final class DiffFixture {

    static final String SALA = "bikes-7";
    static final String MEONI = "bikes-1";
    static final String ESTEVE = "bikes-4";
    static final String ROMA = "bikes-nani-roma";
    static final String COX = "bikes-5";
    static final String SHINOZUKA = "cars-2";
    static final String FONTENAY = "cars-jean-pierre-fontenay";
    static final String DE_MEVIUS = "cars-gregoire-de-mevius";
    static final String CHAGIN = "trucks-vladimir-chagin";

    private DiffFixture() {
    }

    static Event event() {
        ImmutableList<Category> categories = Lists.immutable.of(
                new Category("bikes", "Bikes", Lists.immutable.of("Motorcycles")),
                new Category("cars", "Cars", Lists.immutable.empty()),
                new Category("trucks", "Trucks", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(
                stage(1, "4", StageStatus.CANCELLED), stage(2, "8", StageStatus.RUN),
                stage(3, "12", StageStatus.RUN), stage(4, "13", StageStatus.RUN));
        ImmutableList<Entry> entries = Lists.immutable.of(
                bike(SALA, 7, "Giovanni Sala", "ITA"), bike(MEONI, 1, "Fabrizio Meoni", "ITA"),
                bike(ESTEVE, 4, "Isidre Esteve", "ESP"), bike(ROMA, null, "Nani Roma", "ESP"),
                bike(COX, 5, "Alfie Cox", "RSA"),
                car(SHINOZUKA, 2, "Kenjiro Shinozuka", "Thierry Delli-Zotti"),
                car(FONTENAY, null, "Jean-Pierre Fontenay", "Gilles Picard"),
                car(DE_MEVIUS, null, "Grégoire De Mévius", "Alain Guehennec"),
                new Entry(CHAGIN, "trucks", null, Lists.immutable.of(new Person("Vladimir Chagin", "RUS")), "Kamaz",
                        null, null));
        ImmutableList<Classification> classifications = Lists.immutable.of(
                table("bikes", ClassificationKind.STAGE, "12", row(1, COX, "6:30:39", null),
                        row(2, ROMA, "6:31:19", "0:40"), row(3, MEONI, "6:31:45", "1:06")),
                table("bikes", ClassificationKind.STAGE, "13", row(1, SALA, "6:10:06", null),
                        row(2, MEONI, "6:13:51", "3:45"), row(3, ESTEVE, "6:14:48", "4:12")),
                table("bikes", ClassificationKind.GENERAL, "13", row(1, MEONI, "39:32:59", null),
                        row(2, ROMA, "39:36:02", "3:03"), row(3, COX, "39:49:18", "16:19")),
                table("cars", ClassificationKind.STAGE, "8", row(1, SHINOZUKA, "2:34:43", null),
                        row(2, FONTENAY, "2:35:59", "1:16"), row(3, DE_MEVIUS, "2:36:35", "1:52")));
        ImmutableList<Penalty> penalties = Lists.immutable.of(new Penalty(DE_MEVIUS, "8", Duration.ofMinutes(18),
                "failing to complete the liaison section in the allotted time", "n3", true));
        ImmutableList<AwardedTime> awarded = Lists.immutable.of(
                new AwardedTime("trucks", "4", Duration.ofMinutes(50), "n4", true));
        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.of(2001, 12, 28), LocalDate.of(2002, 1, 13),
                null, "2002-dakar-rally.txt", Lists.immutable.empty(), categories, stages, entries, classifications,
                penalties, awarded, Lists.immutable.empty());
    }

    /** The event with one classification's rows replaced. */
    static Event withRows(Event event, String categoryId, ClassificationKind kind, String stage,
            UnaryOperator<ImmutableList<ClassificationRow>> change) {
        return event.withClassifications(event.classifications().collect(c ->
                c.categoryId().equals(categoryId) && c.kind() == kind && java.util.Objects.equals(c.stageLabel(), stage)
                        ? new Classification(c.categoryId(), c.kind(), c.stageLabel(), c.basis(), c.complete(),
                                change.apply(c.rows()), c.source())
                        : c));
    }

    static Event with(Event e, ImmutableList<Category> categories, ImmutableList<Stage> stages,
            ImmutableList<Entry> entries, ImmutableList<Classification> classifications,
            ImmutableList<Penalty> penalties, ImmutableList<AwardedTime> awarded) {
        return new Event(e.name(), e.edition(), e.startDate(), e.finishDate(), e.description(), e.source(),
                e.properties(), categories, stages, entries, classifications, penalties, awarded, e.notes());
    }

    static Event withPenalties(Event e, ImmutableList<Penalty> penalties) {
        return with(e, e.categories(), e.stages(), e.entries(), e.classifications(), penalties, e.awardedTimes());
    }

    static Event withAwarded(Event e, ImmutableList<AwardedTime> awarded) {
        return with(e, e.categories(), e.stages(), e.entries(), e.classifications(), e.penalties(), awarded);
    }

    static Event withEntries(Event e, ImmutableList<Entry> entries) {
        return with(e, e.categories(), e.stages(), entries, e.classifications(), e.penalties(), e.awardedTimes());
    }

    static Event withStages(Event e, ImmutableList<Stage> stages) {
        return with(e, e.categories(), stages, e.entries(), e.classifications(), e.penalties(), e.awardedTimes());
    }

    static Stage stage(int ordinal, String label, StageStatus trucks) {
        return new Stage(ordinal, label, LocalDate.of(2002, 1, ordinal), new Place("A" + label, null),
                new Place("B" + label, null), BigDecimal.TEN, StageTypes.SPECIAL, Lists.immutable.of(
                        new StageCategory("bikes", StageStatus.RUN, null),
                        new StageCategory("cars", StageStatus.RUN, null),
                        new StageCategory("trucks", trucks, null)), SourcePosition.UNKNOWN);
    }

    static Entry bike(String id, Integer number, String rider, String nation) {
        return new Entry(id, "bikes", number, Lists.immutable.of(new Person(rider, nation)), "KTM", null, null);
    }

    static Entry car(String id, Integer number, String driver, String coDriver) {
        return new Entry(id, "cars", number, Lists.immutable.of(new Person(driver, null), new Person(coDriver, null)),
                "Mitsubishi", null, null);
    }

    static ClassificationRow row(int position, String entryId, String time, String gap) {
        return new ClassificationRow(position, entryId, null, Times.parseClock(time).orElseThrow(), false,
                gap == null ? null : Times.parseClock(gap).orElseThrow(), null, ResultStatus.CLASSIFIED,
                SourcePosition.UNKNOWN);
    }

    static Classification table(String categoryId, ClassificationKind kind, String label, ClassificationRow... rows) {
        return new Classification(categoryId, kind, label, Basis.REPORTED, false, Lists.immutable.of(rows),
                SourcePosition.UNKNOWN);
    }
}
