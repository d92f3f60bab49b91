package org.podium.exporters.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
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
 * The cars of the 2002 Dakar as the Wikipedia article gives them (CC BY-SA): the itinerary, stages
 * 6, 7 and 8 with the general classification after each, the final top ten, and the two penalties
 * the article's notes give without a stage. The consistency checks place De Mévius's 18 minutes on
 * stage 8 (the general after 7 plus the stage time is 18 minutes short of the general after 8);
 * Peterhansel's 14 minutes they cannot place, as he is in no general top three around stage 6.
 * Values are copied from the article, so a test needs nothing outside this repository; plugins may
 * not use the wiki importer.
 */
final class Dakar2002Cars {

    static final String PETERHANSEL_NOTE = "Peterhansel had a 14-minute penalty added to his time as a result of"
            + " speeding in the liaison section.";
    static final String DE_MEVIUS_NOTE = "De Mévius earned an 18-minute penalty for failing to complete the liaison"
            + " section in the allotted time.";

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    private Dakar2002Cars() {
    }

    static Event event() {
        return event(Lists.immutable.empty());
    }

    /** The same event with more entries, for tests that need a name the article does not have. */
    static Event event(ImmutableList<Entry> extraEntries) {
        ImmutableList<Entry> entries = entries().newWithAll(extraEntries);
        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.parse("2001-12-28"),
                LocalDate.parse("2002-01-13"), null, "2002-dakar-rally.txt", Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())),
                stages(), entries, classifications(),
                Lists.immutable.of(
                        new Penalty("cars-stephane-peterhansel", null, Duration.ofMinutes(14),
                                "speeding in the liaison section", "n1"),
                        new Penalty("cars-gregoire-de-mevius", null, Duration.ofMinutes(18),
                                "failing to complete the liaison section in the allotted time", "n2")),
                Lists.immutable.empty(),
                Lists.immutable.of(
                        new Note("n1", "cars", null, NoteTable.STAGE_RESULTS, PETERHANSEL_NOTE, HERE),
                        new Note("n2", "cars", null, NoteTable.STAGE_RESULTS, DE_MEVIUS_NOTE, HERE)));
    }

    /**
     * The same event with the article's general classification after stage 5, where Peterhansel is
     * third: the checks then find him missing from the top three after stage 6 by 14 minutes and
     * place his penalty on stage 6, as they do on the whole article.
     */
    static Event withGeneralAfterStage5() {
        Event event = event();
        return event.withClassifications(event.classifications().newWith(top3(ClassificationKind.GENERAL, "5",
                row(1, "cars-gregoire-de-mevius", "1:23:55", null),
                row(2, "cars-201", "1:24:28", "0:33"),
                row(3, "cars-stephane-peterhansel", "1:25:01", "1:06"))));
    }

    static Entry entry(String id, Integer number, String make, String entrant, String... namesAndNations) {
        List<Person> crew = new ArrayList<>();
        for (int i = 0; i < namesAndNations.length; i += 2) {
            crew.add(new Person(namesAndNations[i], namesAndNations[i + 1]));
        }
        return new Entry(id, "cars", number, Lists.immutable.ofAll(crew), make, entrant, null);
    }

    private static ImmutableList<Entry> entries() {
        return Lists.immutable.of(
                entry("cars-201", 201, "Mitsubishi", "Team Nippon Oil Mitsubishi Ralliart",
                        "Hiroshi Masuoka", "JPN", "Pascal Maimon", "FRA"),
                entry("cars-200", 200, "Mitsubishi", "Team Mitsubishi Ralliart",
                        "Jutta Kleinschmidt", "DEU", "Andreas Schulz", "DEU"),
                entry("cars-210", 210, "Mitsubishi", "Team Nippon Oil Mitsubishi Ralliart",
                        "Kenjiro Shinozuka", "JPN", "Thierry Delli-Zotti", "FRA"),
                entry("cars-207", 207, "Mitsubishi", "Team Mitsubishi Ralliart",
                        "Jean-Pierre Fontenay", "FRA", "Gilles Picard", "FRA"),
                entry("cars-204", 204, "Mitsubishi", "Mitsubishi Galp TMN Chesterfield Team",
                        "Carlos Sousa", "POR", "Victor Jesus", "POR"),
                entry("cars-241", 241, "Mitsubishi", "MMC Qatar Rally",
                        "Saeed Al-Hajri", "QAT", "Matthew Stevenson", "GBR"),
                entry("cars-216", 216, "Mitsubishi", "Ralliart France",
                        "Luc Alphand", "FRA", "Arnaud Debron", "FRA"),
                entry("cars-225", 225, "Mitsubishi", "Team BR Lubrax",
                        "Klever Kolberg", "BRA", "Pascal Larroque", "FRA"),
                entry("cars-239", 239, "Toyota", "Toyota Team Araco",
                        "Jean-Jacques Ratet", "FRA", "Jean-Pierre Garcin", "FRA"),
                entry("cars-249", 249, "Mitsubishi", "NCM Ralliart France",
                        "Nicolas Misslin", "FRA", "Jean-Michel Polato", "FRA"),
                entry("cars-gregoire-de-mevius", null, "Nissan", null,
                        "Grégoire De Mévius", "BEL", "Alain Guehennec", "FRA"),
                entry("cars-stephane-peterhansel", null, "Nissan", null,
                        "Stéphane Peterhansel", "FRA", "Jean-Paul Cottret", "FRA"));
    }

    private static ImmutableList<Classification> classifications() {
        return Lists.immutable.of(
                top3(ClassificationKind.STAGE, "6",
                        row(1, "cars-stephane-peterhansel", "3:25:19", null),
                        row(2, "cars-210", "3:25:39", "0:20"),
                        row(3, "cars-201", "3:25:48", "0:29")),
                top3(ClassificationKind.GENERAL, "6",
                        row(1, "cars-201", "4:50:16", null),
                        row(2, "cars-210", "4:52:20", "2:04"),
                        row(3, "cars-gregoire-de-mevius", "4:54:03", "3:47")),
                top3(ClassificationKind.STAGE, "7",
                        row(1, "cars-201", "3:13:23", null),
                        row(2, "cars-gregoire-de-mevius", "3:13:37", "0:14"),
                        row(3, "cars-210", "3:14:44", "1:21")),
                top3(ClassificationKind.GENERAL, "7",
                        row(1, "cars-201", "8:03:39", null),
                        row(2, "cars-210", "8:07:04", "3:25"),
                        row(3, "cars-gregoire-de-mevius", "8:07:40", "4:01")),
                top3(ClassificationKind.STAGE, "8",
                        row(1, "cars-210", "2:34:43", null),
                        row(2, "cars-207", "2:35:59", "1:16"),
                        row(3, "cars-gregoire-de-mevius", "2:36:35", "1:52")),
                top3(ClassificationKind.GENERAL, "8",
                        row(1, "cars-201", "10:41:20", null),
                        row(2, "cars-210", "10:41:47", "0:27"),
                        row(3, "cars-gregoire-de-mevius", "11:02:15", "20:55")),
                new Classification("cars", ClassificationKind.FINAL, null, Basis.REPORTED, false, Lists.immutable.of(
                        row(1, "cars-201", "46:11:30", null),
                        derived(2, "cars-200", "22:01"),
                        derived(3, "cars-210", "35:15"),
                        derived(4, "cars-207", "1:37:30"),
                        derived(5, "cars-204", "5:20:57"),
                        derived(6, "cars-241", "8:24:51"),
                        derived(7, "cars-216", "10:40:02"),
                        derived(8, "cars-225", "12:21:09"),
                        derived(9, "cars-239", "15:48:03"),
                        derived(10, "cars-249", "18:04:22")), HERE));
    }

    private static Classification top3(ClassificationKind kind, String stage, ClassificationRow... rows) {
        return new Classification("cars", kind, stage, Basis.REPORTED, false, Lists.immutable.of(rows), HERE);
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        return new ClassificationRow(position, entryId, null, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, HERE);
    }

    /** A final total as the importer derives it: the winner's 46:11:30 plus the reported gap. */
    private static ClassificationRow derived(int position, String entryId, String gap) {
        Duration behind = clock(gap);
        return new ClassificationRow(position, entryId, null, clock("46:11:30").plus(behind), true, behind, null,
                ResultStatus.CLASSIFIED, HERE);
    }

    private static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }

    private static ImmutableList<Stage> stages() {
        return Lists.immutable.of(
                stage(1, "1", "2001-12-28", "Arras", "FRA", "Châteauroux", "FRA", "465", StageStatus.LIAISON, null),
                stage(2, "2", "2001-12-29", "Châteauroux", "FRA", "Narbonne", "FRA", "598", StageStatus.RUN, "F. Gil"),
                stage(3, "3", "2001-12-30", "Narbonne", "FRA", "Madrid", "ESP", "930", StageStatus.RUN, "G. De Mévius"),
                stage(4, "4", "2001-12-31", "Madrid", "ESP", "Rabat", "MAR", "961", StageStatus.RUN, "F. Gil"),
                stage(5, "5", "2002-01-01", "Rabat", "MAR", "Er-Rachidia", "MAR", "534", StageStatus.RUN, "H. Masuoka"),
                stage(6, "6", "2002-01-02", "Er-Rachidia", "MAR", "Ouarzazate", "MAR", "576", StageStatus.RUN,
                        "S. Peterhansel"),
                stage(7, "7", "2002-01-03", "Ouarzazate", "MAR", "Tan-Tan", "MAR", "793", StageStatus.RUN, "H. Masuoka"),
                stage(8, "8", "2002-01-04", "Tan-Tan", "MAR", "Zouerat", null, "739", StageStatus.RUN, "K. Shinozuka"),
                stage(9, "9", "2002-01-05", "Zouerat", null, "Atar", null, "396", StageStatus.RUN, "H. Masuoka"),
                new Stage(10, null, LocalDate.parse("2002-01-06"), new Place("Atar", null), null, null, StageTypes.REST,
                        Lists.immutable.empty(), HERE),
                stage(11, "10", "2002-01-07", "Atar", null, "Atar", null, "404", StageStatus.RUN, "J. Kleinschmidt"),
                stage(12, "11", "2002-01-08", "Atar", null, "Tidjikdja", null, "502", StageStatus.RUN, "H. Masuoka"),
                stage(13, "12", "2002-01-09", "Tidjikdja", null, "Tichit", null, "538", StageStatus.RUN, "J-P. Fontenay"),
                stage(14, "13", "2002-01-10", "Tichit", null, "Tichit", null, "450", StageStatus.RUN, "H. Masuoka"),
                stage(15, "14", "2002-01-11", "Tichit", null, "Kiffa", null, "461", StageStatus.RUN, "J. Kleinschmidt"),
                stage(16, "15", "2002-01-12", "Kiffa", null, "Dakar", "SEN", "1011", StageStatus.RUN, "G. De Mévius"),
                stage(17, "16", "2002-01-13", "Dakar", "SEN", "Dakar", "SEN", "69", StageStatus.RUN, "G. De Mévius"));
    }

    private static Stage stage(int ordinal, String label, String date, String from, String fromCountry, String to,
            String toCountry, String km, StageStatus carsStatus, String winner) {
        return new Stage(ordinal, label, LocalDate.parse(date), new Place(from, fromCountry), new Place(to, toCountry),
                new BigDecimal(km), carsStatus == StageStatus.LIAISON ? StageTypes.LIAISON : StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("cars", carsStatus, winner)), HERE);
    }
}
