package org.podium.samples.html;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.Times;
import org.podium.testkit.SampleEvents;

/**
 * The test kit's Dakar excerpt ({@link SampleEvents#dakarExcerpt}: Bikes and Trucks) with the Cars
 * of the same stages added, as the 2002 Dakar article gives them and Podium's Markdown document of
 * the article prints them ({@code ./podium convert --to md}): stages 2, 3 and 10 with their general
 * classifications, and the final top ten. The test kit publishes the article but no importer, so
 * a plugin's test builds what it needs of it by hand.
 */
final class DakarWithCars {

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    private DakarWithCars() {
    }

    static Event event() {
        Event excerpt = SampleEvents.dakarExcerpt();
        Category cars = new Category("cars", "Cars", Lists.immutable.of("Autos"));
        ImmutableList<Category> categories = Lists.immutable.of(excerpt.categories().get(0), cars,
                excerpt.categories().get(1));
        ImmutableList<Stage> stages = excerpt.stages().collect(stage -> stage.isRestDay() ? stage
                : withCars(stage, switch (stage.label()) {
                    case "1" -> new StageCategory("cars", StageStatus.LIAISON, null);
                    case "2" -> new StageCategory("cars", StageStatus.RUN, "F. Gil");
                    case "3" -> new StageCategory("cars", StageStatus.RUN, "G. De Mévius");
                    default -> new StageCategory("cars", StageStatus.RUN, "J. Kleinschmidt");
                }));
        ImmutableList<Entry> entries = excerpt.entries().newWithAll(Lists.immutable.of(
                entry(200, "Mitsubishi", "Team Mitsubishi Ralliart", "Jutta Kleinschmidt", "DEU", "Andreas Schulz", "DEU"),
                entry(201, "Mitsubishi", "Team Nippon Oil Mitsubishi Ralliart", "Hiroshi Masuoka", "JPN",
                        "Pascal Maimon", "FRA"),
                entry(204, "Mitsubishi", "Mitsubishi Galp TMN Chesterfield Team", "Carlos Sousa", "POR", "Victor Jesus",
                        "POR"),
                entry(207, "Mitsubishi", "Team Mitsubishi Ralliart", "Jean-Pierre Fontenay", "FRA", "Gilles Picard",
                        "FRA"),
                entry(210, "Mitsubishi", "Team Nippon Oil Mitsubishi Ralliart", "Kenjiro Shinozuka", "JPN",
                        "Thierry Delli-Zotti", "FRA"),
                entry(216, "Mitsubishi", "Ralliart France", "Luc Alphand", "FRA", "Arnaud Debron", "FRA"),
                entry(225, "Mitsubishi", "Team BR Lubrax", "Klever Kolberg", "BRA", "Pascal Larroque", "FRA"),
                entry(239, "Toyota", "Toyota Team Araco", "Jean-Jacques Ratet", "FRA", "Jean-Pierre Garcin", "FRA"),
                entry(241, "Mitsubishi", "MMC Qatar Rally", "Saeed Al-Hajri", "QAT", "Matthew Stevenson", "GBR"),
                entry(249, "Mitsubishi", "NCM Ralliart France", "Nicolas Misslin", "FRA", "Jean-Michel Polato", "FRA"),
                entry("cars-fernando-gil", "SEAT", "Fernando Gil", "ESP", "Rafael Tornabell", "ESP"),
                entry("cars-miguel-prieto", "Mitsubishi", "Miguel Prieto", "ESP", "Jacinto Vidarte", "ESP"),
                entry("cars-gregoire-de-mevius", "Nissan", "Grégoire De Mévius", "BEL", "Alain Guehennec", "FRA"),
                entry("cars-jean-louis-schlesser", "Renault", "Jean-Louis Schlesser", "FRA", "Henri Magne", "AND"),
                entry("cars-stephane-peterhansel", "Nissan", "Stéphane Peterhansel", "FRA", "Jean-Paul Cottret",
                        "FRA")));
        ImmutableList<Classification> classifications = excerpt.classifications().newWithAll(Lists.immutable.of(
                reported(ClassificationKind.STAGE, "2",
                        row(1, "cars-fernando-gil", "SEAT", "0:06:43", null),
                        row(2, "cars-miguel-prieto", "Mitsubishi", "0:07:09", "0:00:26"),
                        row(3, "cars-stephane-peterhansel", "Nissan", "0:07:12", "0:00:29")),
                reported(ClassificationKind.GENERAL, "2",
                        row(1, "cars-fernando-gil", "SEAT", "0:06:43", null),
                        row(2, "cars-miguel-prieto", "Mitsubishi", "0:07:09", "0:00:26"),
                        row(3, "cars-stephane-peterhansel", "Nissan", "0:07:12", "0:00:29")),
                reported(ClassificationKind.STAGE, "3",
                        row(1, "cars-gregoire-de-mevius", "Nissan", "0:24:22", null),
                        row(2, "cars-jean-louis-schlesser", "Renault", "0:25:18", "0:00:56"),
                        row(3, "cars-200", "Mitsubishi", "0:25:19", "0:00:57")),
                reported(ClassificationKind.GENERAL, "3",
                        row(1, "cars-gregoire-de-mevius", "Nissan", "0:32:03", null),
                        row(2, "cars-200", "Mitsubishi", "0:32:56", "0:00:53"),
                        row(3, "cars-stephane-peterhansel", "Nissan", "0:33:14", "0:01:11")),
                reported(ClassificationKind.STAGE, "10",
                        row(1, "cars-200", "Mitsubishi", "3:46:12", null),
                        row(2, "cars-201", "Mitsubishi", "3:51:46", "0:05:34"),
                        row(3, "cars-210", "Mitsubishi", "3:52:09", "0:05:57")),
                reported(ClassificationKind.GENERAL, "10",
                        row(1, "cars-201", "Mitsubishi", "18:26:45", null),
                        row(2, "cars-210", "Mitsubishi", "18:38:54", "0:12:09"),
                        row(3, "cars-200", "Mitsubishi", "18:47:20", "0:20:35")),
                reported(ClassificationKind.FINAL, null,
                        row(1, "cars-201", "Mitsubishi", "46:11:30", null),
                        derived(2, "cars-200", "46:33:31", "0:22:01"),
                        derived(3, "cars-210", "46:46:45", "0:35:15"),
                        derived(4, "cars-207", "47:49:00", "1:37:30"),
                        derived(5, "cars-204", "51:32:27", "5:20:57"),
                        derived(6, "cars-241", "54:36:21", "8:24:51"),
                        derived(7, "cars-216", "56:51:32", "10:40:02"),
                        derived(8, "cars-225", "58:32:39", "12:21:09"),
                        new ClassificationRow(9, "cars-239", "Toyota", clock("61:59:33"), true, clock("15:48:03"), null,
                                ResultStatus.CLASSIFIED, HERE),
                        derived(10, "cars-249", "64:15:52", "18:04:22"))));
        return new Event(excerpt.name(), excerpt.edition(), excerpt.startDate(), excerpt.finishDate(),
                excerpt.description(), excerpt.source(), excerpt.properties(), categories, stages, entries,
                classifications, excerpt.penalties(), excerpt.awardedTimes(), excerpt.notes());
    }

    private static Stage withCars(Stage stage, StageCategory cars) {
        ImmutableList<StageCategory> statuses = Lists.immutable.of(stage.categories().get(0), cars,
                stage.categories().get(1));
        return new Stage(stage.ordinal(), stage.label(), stage.date(), stage.start(), stage.finish(),
                stage.distanceKm(), stage.type(), statuses, stage.source());
    }

    private static Entry entry(int number, String make, String entrant, String driver, String driverNation,
            String coDriver, String coDriverNation) {
        return new Entry("cars-" + number, "cars", number, Lists.immutable.of(new Person(driver, driverNation),
                new Person(coDriver, coDriverNation)), make, entrant, null);
    }

    private static Entry entry(String id, String make, String driver, String driverNation, String coDriver,
            String coDriverNation) {
        return new Entry(id, "cars", null, Lists.immutable.of(new Person(driver, driverNation),
                new Person(coDriver, coDriverNation)), make, null, null);
    }

    private static Classification reported(ClassificationKind kind, String stage, ClassificationRow... rows) {
        return new Classification("cars", kind, stage, Basis.REPORTED, false, Lists.immutable.of(rows), HERE);
    }

    private static ClassificationRow row(int position, String entryId, String make, String time, String gap) {
        return new ClassificationRow(position, entryId, make, clock(time), false, gap == null ? null : clock(gap), null,
                ResultStatus.CLASSIFIED, HERE);
    }

    /** A final total Podium derived from the winner's time and the reported gap, as the article's table gives only gaps. */
    private static ClassificationRow derived(int position, String entryId, String time, String gap) {
        return new ClassificationRow(position, entryId, "Mitsubishi", clock(time), true, clock(gap), null,
                ResultStatus.CLASSIFIED, HERE);
    }

    private static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }
}
