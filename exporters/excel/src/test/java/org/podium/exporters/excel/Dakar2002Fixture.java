package org.podium.exporters.excel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;

/**
 * Values from the 2002 Dakar article (Wikipedia, CC BY-SA), built by hand: the three winners'
 * final times, Nani Roma's stage times for stages 2 to 4 and his general after stage 4, plus crews
 * whose names would be formulas if a spreadsheet read them as input.
 */
final class Dakar2002Fixture {

    static final String MEONI_FINAL = "48:00:59";
    static final String MASUOKA_FINAL = "46:11:30";
    static final String CHAGIN_FINAL = "65:12:14";
    static final String ROMA_GENERAL_AFTER_4 = "38:07";

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    private Dakar2002Fixture() {
    }

    static Event event() {
        ImmutableList<Category> categories = Lists.immutable.of(
                new Category("bikes", "Bikes", Lists.immutable.of("Motorcycles")),
                new Category("cars", "Cars", Lists.immutable.empty()),
                new Category("trucks", "Trucks", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(
                stage(1, "1", "2001-12-28", "Arras", "Châteauroux", "465", StageTypes.LIAISON, StageStatus.LIAISON),
                stage(2, "2", "2001-12-29", "Châteauroux", "Narbonne", "598", StageTypes.SPECIAL, StageStatus.RUN),
                stage(3, "3", "2001-12-30", "Narbonne", "Madrid", "930", StageTypes.SPECIAL, StageStatus.RUN),
                stage(4, "4", "2001-12-31", "Madrid", "Almería", "30.3", StageTypes.SPECIAL, StageStatus.RUN),
                new Stage(5, null, LocalDate.parse("2002-01-06"), new Place("Atar", "MRT"), null, null,
                        StageTypes.REST, Lists.immutable.empty(), HERE),
                stage(6, "12A", "2002-01-08", "Atar", "Atar", "404.5", StageTypes.SPECIAL, StageStatus.RUN));

        Entry meoni = entry("bikes-1", "bikes", 1, "KTM", "KTM Factory Team", person("Fabrizio Meoni", "ITA"));
        Entry roma = entry("bikes-nani-roma", "bikes", null, "KTM", null, person("Nani Roma", "ESP"));
        Entry formula = entry("bikes-99", "bikes", 99, "KTM", "=HYPERLINK(\"http://x\",\"x\")",
                person("=SUM(A1:A9)", null));
        Entry masuoka = entry("cars-201", "cars", 201, "Mitsubishi", "+Team Mitsubishi Ralliart",
                person("Hiroshi Masuoka", "JPN"), person("Andreas Schulz", "DEU"));
        Entry dash = entry("cars-250", "cars", 250, "Nissan", "@Team", person("-Minus Driver", "FRA"),
                person("@At Navigator", null));
        Entry chagin = entry("trucks-409", "trucks", 409, "Kamaz", null, person("Vladimir Chagin", "RUS"),
                person("Semen Yakubov", "RUS"), person("Sergey Savostin", "RUS"));

        ImmutableList<Classification> classifications = Lists.immutable.of(
                classification("bikes", ClassificationKind.STAGE, "2", row(3, "bikes-nani-roma", "6:27", "0:15")),
                classification("bikes", ClassificationKind.STAGE, "3", row(2, "bikes-nani-roma", "26:11", "0:01")),
                classification("bikes", ClassificationKind.STAGE, "4", row(1, "bikes-nani-roma", "5:29", null)),
                classification("bikes", ClassificationKind.GENERAL, "4",
                        row(1, "bikes-nani-roma", ROMA_GENERAL_AFTER_4, null)),
                // The stage's winner alone: not the whole field, so Roma's absence from it says nothing.
                new Classification("bikes", ClassificationKind.STAGE, "12A", Basis.REPORTED, false, Lists.immutable.of(
                        new ClassificationRow(1, "bikes-1", "KTM", Duration.parse("PT44M44.982S"), false, null,
                                null, ResultStatus.CLASSIFIED, HERE)), HERE),
                classification("bikes", ClassificationKind.FINAL, null,
                        row(1, "bikes-1", MEONI_FINAL, null),
                        new ClassificationRow(2, "bikes-99", "KTM", Duration.parse("PT54H12M21S"), true,
                                Duration.parse("PT6H11M22S"), Duration.ofMinutes(14), ResultStatus.CLASSIFIED, HERE),
                        new ClassificationRow(null, "bikes-nani-roma", "KTM", null, false, null, null,
                                ResultStatus.RETIRED, HERE)),
                classification("cars", ClassificationKind.FINAL, null,
                        row(1, "cars-201", MASUOKA_FINAL, null),
                        row(2, "cars-250", "47:00:00", "0:48:30")),
                classification("trucks", ClassificationKind.FINAL, null, row(1, "trucks-409", CHAGIN_FINAL, null)));

        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.parse("2001-12-28"),
                LocalDate.parse("2002-01-13"), "The 2002 Dakar Rally.", "articles/2002-dakar-rally.txt",
                Lists.immutable.of(new Property("Country", "FRA, ESP, MAR, SEN")),
                categories, stages, Lists.immutable.of(meoni, roma, formula, masuoka, dash, chagin),
                classifications,
                Lists.immutable.of(new Penalty("bikes-99", "3", Duration.ofMinutes(14), "speeding", "n1")),
                Lists.immutable.empty(),
                Lists.immutable.of(new Note("n1", "bikes", "3", NoteTable.STAGE_RESULTS,
                        "A 14-minute penalty for speeding.", HERE)));
    }

    /** Note 2 of the article's car results, word for word. */
    static final String DE_MEVIUS_NOTE =
            "De Mévius earned an 18-minute penalty for failing to complete the liaison section in the allotted time.";
    static final String DE_MEVIUS = "cars-gregoire-de-mevius";

    /**
     * The cars over stages 5 to 8 of the article: the top three of each stage and of the general
     * after it, and De Mévius's 18-minute penalty as the article gives it, without a stage. His
     * general time goes from 8:07:40 after stage 7 to 11:02:15 after stage 8 with a stage time of
     * 2:36:35, 18 minutes more than the sum: the checks place the penalty on stage 8.
     */
    static Event carsStages5To8() {
        ImmutableList<Category> categories = Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(
                carsStage(5, "2002-01-01", "Rabat", "Er-Rachidia", "534", "H. Masuoka"),
                carsStage(6, "2002-01-02", "Er-Rachidia", "Ouarzazate", "576", "S. Peterhansel"),
                carsStage(7, "2002-01-03", "Ouarzazate", "Tan-Tan", "793", "H. Masuoka"),
                carsStage(8, "2002-01-04", "Tan-Tan", "Zouerat", "739", "K. Shinozuka"));
        String masuoka = "cars-hiroshi-masuoka";
        String shinozuka = "cars-kenjiro-shinozuka";
        String peterhansel = "cars-stephane-peterhansel";
        String kleinschmidt = "cars-jutta-kleinschmidt";
        String fontenay = "cars-jean-pierre-fontenay";
        ImmutableList<Entry> entries = Lists.immutable.of(
                entry(masuoka, "cars", null, "Mitsubishi", null, person("Hiroshi Masuoka", "JPN"),
                        person("Pascal Maimon", "FRA")),
                entry(DE_MEVIUS, "cars", null, "Nissan", null, person("Grégoire De Mévius", "BEL"),
                        person("Alain Guehennec", "FRA")),
                entry(shinozuka, "cars", null, "Mitsubishi", null, person("Kenjiro Shinozuka", "JPN"),
                        person("Thierry Delli-Zotti", "FRA")),
                entry(peterhansel, "cars", null, "Nissan", null, person("Stéphane Peterhansel", "FRA"),
                        person("Jean-Paul Cottret", "FRA")),
                entry(kleinschmidt, "cars", null, "Mitsubishi", null, person("Jutta Kleinschmidt", "DEU"),
                        person("Andreas Schulz", "DEU")),
                entry(fontenay, "cars", null, "Mitsubishi", null, person("Jean-Pierre Fontenay", "FRA"),
                        person("Gilles Picard", "FRA")));
        ImmutableList<Classification> classifications = Lists.immutable.of(
                classification("cars", ClassificationKind.STAGE, "5", row(1, masuoka, "43:42", null),
                        row(2, DE_MEVIUS, "44:13", "0:31"), row(3, kleinschmidt, "44:14", "0:32")),
                classification("cars", ClassificationKind.GENERAL, "5", row(1, DE_MEVIUS, "1:23:55", null),
                        row(2, masuoka, "1:24:28", "0:33"), row(3, peterhansel, "1:25:01", "1:06")),
                classification("cars", ClassificationKind.STAGE, "6", row(1, peterhansel, "3:25:19", null),
                        row(2, shinozuka, "3:25:39", "0:20"), row(3, masuoka, "3:25:48", "0:29")),
                classification("cars", ClassificationKind.GENERAL, "6", row(1, masuoka, "4:50:16", null),
                        row(2, shinozuka, "4:52:20", "2:04"), row(3, DE_MEVIUS, "4:54:03", "3:47")),
                classification("cars", ClassificationKind.STAGE, "7", row(1, masuoka, "3:13:23", null),
                        row(2, DE_MEVIUS, "3:13:37", "0:14"), row(3, shinozuka, "3:14:44", "1:21")),
                classification("cars", ClassificationKind.GENERAL, "7", row(1, masuoka, "8:03:39", null),
                        row(2, shinozuka, "8:07:04", "3:25"), row(3, DE_MEVIUS, "8:07:40", "4:01")),
                classification("cars", ClassificationKind.STAGE, "8", row(1, shinozuka, "2:34:43", null),
                        row(2, fontenay, "2:35:59", "1:16"), row(3, DE_MEVIUS, "2:36:35", "1:52")),
                classification("cars", ClassificationKind.GENERAL, "8", row(1, masuoka, "10:41:20", null),
                        row(2, shinozuka, "10:41:47", "0:27"), row(3, DE_MEVIUS, "11:02:15", "20:55")));
        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.parse("2001-12-28"),
                LocalDate.parse("2002-01-13"), null, "2002-dakar-rally.txt", Lists.immutable.empty(), categories,
                stages, entries, classifications,
                Lists.immutable.of(new Penalty(DE_MEVIUS, null, Duration.ofMinutes(18),
                        "failing to complete the liaison section in the allotted time", "n2")),
                Lists.immutable.empty(),
                Lists.immutable.of(new Note("n2", "cars", null, NoteTable.STAGE_RESULTS, DE_MEVIUS_NOTE, HERE)));
    }

    /**
     * The fixture with the trucks' awarded time of 50:00 (note 3 of the article) three ways: as the
     * source states it on stage 2, as the checks place it on stage 4, and without a stage.
     */
    static Event withAwardedTimes() {
        Event event = event();
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                event.classifications(), event.penalties(),
                Lists.immutable.of(new AwardedTime("trucks", "2", Duration.ofMinutes(50), null),
                        new AwardedTime("trucks", "4", Duration.ofMinutes(50), null, true),
                        new AwardedTime("trucks", null, Duration.ofMinutes(50), null)),
                event.notes());
    }

    private static Stage carsStage(int ordinal, String date, String start, String finish, String km, String winner) {
        return new Stage(ordinal, Integer.toString(ordinal), LocalDate.parse(date), new Place(start, null),
                new Place(finish, null), new BigDecimal(km), StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, winner)), HERE);
    }

    private static Stage stage(int ordinal, String label, String date, String start, String finish, String km,
            String type, StageStatus status) {
        return new Stage(ordinal, label, LocalDate.parse(date), new Place(start, null), new Place(finish, null),
                new BigDecimal(km), type, Lists.immutable.of(new StageCategory("bikes", status, null),
                        new StageCategory("cars", status, null), new StageCategory("trucks", status, null)),
                HERE);
    }

    private static Person person(String name, String nationality) {
        return new Person(name, nationality);
    }

    private static Entry entry(String id, String category, Integer number, String make, String entrant,
            Person... crew) {
        return new Entry(id, category, number, Lists.immutable.of(crew), make, entrant, null);
    }

    private static Classification classification(String category, ClassificationKind kind, String stage,
            ClassificationRow... rows) {
        return new Classification(category, kind, stage, Basis.REPORTED, true, Lists.immutable.of(rows), HERE);
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        return new ClassificationRow(position, entryId, null, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, HERE);
    }

    static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }
}
