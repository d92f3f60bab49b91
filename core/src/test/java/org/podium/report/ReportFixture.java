package org.podium.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
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
 * The cars of the 2002 Dakar article (Wikipedia, CC BY-SA) over stages 5 to 9, as the article
 * reports them: its top-three tables, Peterhansel's 14-minute and De Mévius's 18-minute penalties
 * as notes without a stage, and a rest day between stages 6 and 7 (here, to test rest days). Two
 * bikes without results stand for a second category. Stage 9 stands for the last stage.
 */
final class ReportFixture {

    private static final String MASUOKA = "cars-1";
    private static final String SHINOZUKA = "cars-2";
    private static final String KLEINSCHMIDT = "cars-3";
    private static final String DE_MEVIUS = "cars-gregoire-de-mevius";
    private static final String PETERHANSEL = "cars-stephane-peterhansel";
    private static final String FONTENAY = "cars-jean-pierre-fontenay";

    private static int line;

    private ReportFixture() {
    }

    static Event event() {
        line = 0;
        ImmutableList<Category> categories = Lists.immutable.of(
                new Category("bikes", "Bikes", Lists.immutable.of("Motorcycles")),
                new Category("cars", "Cars", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(stage(1, "5"), stage(2, "6"),
                new Stage(3, null, LocalDate.of(2002, 1, 4), new Place("Atar", "MRT"), null, null, StageTypes.REST,
                        Lists.immutable.empty(), SourcePosition.UNKNOWN),
                stage(4, "7"), stage(5, "8"), stage(6, "9"));
        // Listed out of canonical order on purpose: the report sorts.
        ImmutableList<Entry> entries = Lists.immutable.of(
                entry(PETERHANSEL, null, "Stéphane Peterhansel", "FRA", "Jean-Paul Cottret", "FRA", "Nissan"),
                entry(MASUOKA, 1, "Hiroshi Masuoka", "JPN", "Pascal Maimon", "FRA", "Mitsubishi"),
                entry(DE_MEVIUS, null, "Grégoire De Mévius", "BEL", "Alain Guehennec", "FRA", "Nissan"),
                entry(SHINOZUKA, 2, "Kenjiro Shinozuka", "JPN", "Thierry Delli-Zotti", "FRA", "Mitsubishi"),
                entry(FONTENAY, null, "Jean-Pierre Fontenay", "FRA", "Gilles Picard", "FRA", "Mitsubishi"),
                entry(KLEINSCHMIDT, 3, "Jutta Kleinschmidt", "DEU", "Andreas Schulz", "DEU", "Mitsubishi"),
                new Entry("bikes-2", "bikes", 2, Lists.immutable.of(new Person("Richard Sainct", "FRA")), "KTM", null,
                        null),
                new Entry("bikes-1", "bikes", 1, Lists.immutable.of(new Person("Fabrizio Meoni", "ITA")), "KTM", null,
                        null));
        MutableList<Classification> classifications = Lists.mutable.of(
                general("5", row(1, DE_MEVIUS, "1:23:55", null), row(2, MASUOKA, "1:24:28", "0:33"),
                        row(3, PETERHANSEL, "1:25:01", "1:06")),
                stageResult("6", row(1, PETERHANSEL, "3:25:19", null), row(2, SHINOZUKA, "3:25:39", "0:20"),
                        row(3, MASUOKA, "3:25:48", "0:29")),
                general("6", row(1, MASUOKA, "4:50:16", null), row(2, SHINOZUKA, "4:52:20", "2:04"),
                        row(3, DE_MEVIUS, "4:54:03", "3:47")),
                stageResult("7", row(1, MASUOKA, "3:13:23", null), row(2, DE_MEVIUS, "3:13:37", "0:14"),
                        row(3, SHINOZUKA, "3:14:44", "1:21")),
                general("7", row(1, MASUOKA, "8:03:39", null), row(2, SHINOZUKA, "8:07:04", "3:25"),
                        row(3, DE_MEVIUS, "8:07:40", "4:01")),
                stageResult("8", row(1, SHINOZUKA, "2:34:43", null), row(2, FONTENAY, "2:35:59", "1:16"),
                        row(3, DE_MEVIUS, "2:36:35", "1:52")),
                general("8", row(1, MASUOKA, "10:41:20", null), row(2, SHINOZUKA, "10:41:47", "0:27"),
                        row(3, DE_MEVIUS, "11:02:15", "20:55")),
                stageResult("9", row(1, MASUOKA, "3:53:39", null), row(2, KLEINSCHMIDT, "3:58:44", "5:05"),
                        row(3, FONTENAY, "4:01:54", "8:15")),
                general("9", row(1, MASUOKA, "14:34:59", null), row(2, SHINOZUKA, "14:46:45", "11:46"),
                        row(3, KLEINSCHMIDT, "15:01:08", "26:09")),
                table(ClassificationKind.FINAL, null, row(1, MASUOKA, "14:34:59", null),
                        row(2, SHINOZUKA, "14:46:45", "11:46"), row(3, KLEINSCHMIDT, "15:01:08", "26:09")));
        ImmutableList<Penalty> penalties = Lists.immutable.of(
                new Penalty(DE_MEVIUS, null, Duration.ofMinutes(18),
                        "failing to complete the liaison section in the allotted time", "n3"),
                new Penalty(PETERHANSEL, null, Duration.ofMinutes(14), "speeding in the liaison section", "n2"));
        ImmutableList<Note> notes = Lists.immutable.of(
                new Note("n1", null, null, NoteTable.EVENT, "Stages cancelled for trucks due to poor weather conditions.",
                        SourcePosition.UNKNOWN),
                new Note("n2", "cars", null, NoteTable.STAGE_RESULTS, "Peterhansel had a 14-minute penalty added to his"
                        + " time as a result of speeding in the liaison section.", SourcePosition.UNKNOWN),
                new Note("n3", "cars", null, NoteTable.STAGE_RESULTS, "De Mévius earned an 18-minute penalty for failing"
                        + " to complete the liaison section in the allotted time.", SourcePosition.UNKNOWN),
                new Note("n4", "cars", null, NoteTable.FINAL_STANDINGS, "Masuoka won by 11:46.", SourcePosition.UNKNOWN));
        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.of(2001, 12, 28), LocalDate.of(2002, 1, 13),
                null, "2002-dakar-rally.txt", Lists.immutable.empty(), categories, stages, entries,
                classifications.toImmutable(), penalties, Lists.immutable.empty(), notes);
    }

    /** The event with a 5-minute penalty for Masuoka that no table accounts for. */
    static Event withUnplaceablePenalty(Event event) {
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                event.classifications(), event.penalties().newWith(
                        new Penalty(MASUOKA, null, Duration.ofMinutes(5), "late at a control", null)),
                event.awardedTimes(), event.notes());
    }

    static Event withUnplaceableAwardedTime(Event event) {
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                event.classifications(), event.penalties(), event.awardedTimes().newWith(
                        new AwardedTime("cars", null, Duration.ofHours(4), null, false)), event.notes());
    }

    private static Stage stage(int ordinal, String label) {
        return new Stage(ordinal, label, LocalDate.of(2002, 1, ordinal), new Place("A" + label, null),
                new Place("B" + label, null), BigDecimal.TEN, StageTypes.SPECIAL, Lists.immutable.of(
                        new StageCategory("bikes", StageStatus.RUN, null),
                        new StageCategory("cars", StageStatus.RUN, null)), SourcePosition.UNKNOWN);
    }

    private static Entry entry(String id, Integer number, String driver, String driverNation, String coDriver,
            String coDriverNation, String make) {
        return new Entry(id, "cars", number, Lists.immutable.of(new Person(driver, driverNation),
                new Person(coDriver, coDriverNation)), make, null, null);
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        line++;
        return new ClassificationRow(position, entryId, null, Times.parseClock(time).orElseThrow(), false,
                gap == null ? null : Times.parseClock(gap).orElseThrow(), null, ResultStatus.CLASSIFIED,
                SourcePosition.of("2002-dakar-rally.txt", line, 1));
    }

    private static Classification stageResult(String label, ClassificationRow... rows) {
        return table(ClassificationKind.STAGE, label, rows);
    }

    private static Classification general(String label, ClassificationRow... rows) {
        return table(ClassificationKind.GENERAL, label, rows);
    }

    private static Classification table(ClassificationKind kind, String label, ClassificationRow... rows) {
        return new Classification("cars", kind, label, Basis.REPORTED, false, Lists.immutable.of(rows),
                SourcePosition.UNKNOWN);
    }
}
