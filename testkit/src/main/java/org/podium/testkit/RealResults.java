package org.podium.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.Times;

/**
 * Events built by hand with what real results carry beside a position and a time, for the tests of
 * every plugin that reads or writes them; the values are those of two corpus files (Wikipedia,
 * CC BY-SA), whose importers are tested on the files:
 * <ul>
 *   <li>{@link #portugal1974()}: the 1974 Rallye de Portugal's final classification
 *       ({@code 1974-rallye-de-portugal-results.csv}): two-person crews, times, the differences as
 *       gaps, championship points 20, 10, 8, 6, 4, 3, 2 (none for 2nd, 3rd and 10th);</li>
 *   <li>{@link #portugal1974WithClasses()}: the same with two classes, Group 4 and Group 2, which
 *       the source does not give: they are the test's, with each crew's place and gap in its class;</li>
 *   <li>{@link #sepang2008()}: the 125cc race of the 2008 Malaysian motorcycle Grand Prix
 *       ({@code 2008-malaysian-motorcycle-grand-prix.html}): its first three, its last two
 *       classified (the last at {@code +1 Lap}), two retirements with their reason and a non-starter;
 *       laps, grid and points.</li>
 * </ul>
 */
public final class RealResults {

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;
    /** The test's two classes of the 1974 Rallye de Portugal. */
    public static final String G4 = "Group 4";
    public static final String G2 = "Group 2";

    private RealResults() {
    }

    public static Event portugal1974() {
        return portugal(false);
    }

    public static Event portugal1974WithClasses() {
        return portugal(true);
    }

    private static Event portugal(boolean classes) {
        ImmutableList<Entry> entries = Lists.immutable.of(
                rallyCrew("cars-raffaele-pinto", "Raffaele Pinto", "Arnaldo Bernacchini", "Fiat Abarth 124 Rallye", classes ? G4 : null),
                rallyCrew("cars-alcide-paganelli", "Alcide Paganelli", "Ninni Russo", "Fiat Abarth 124 Rallye", classes ? G4 : null),
                rallyCrew("cars-markku-alen", "Markku Alén", "Ilkka Kivimäki", "Fiat Abarth 124 Rallye", classes ? G4 : null),
                rallyCrew("cars-ove-andersson", "Ove Andersson", "Arne Hertz", "Toyota Corolla", classes ? G2 : null),
                rallyCrew("cars-harry-kallstrom", "Harry Källström", "Claes Billstam", "Datsun 260Z", classes ? G2 : null),
                rallyCrew("cars-bob-neyret", "Bob Neyret", "Yveline Vanoni", "Alpine-Renault A110 1800", classes ? G4 : null),
                rallyCrew("cars-georg-fischer", "Georg Fischer", "Harald Gottlieb", "BMW 2002", classes ? G2 : null),
                rallyCrew("cars-francisco-romaozinho", "Francisco Romãozinho", "José Bernardo", "Citroën GS", classes ? G2 : null),
                rallyCrew("cars-chris-sclater", "Chris Sclater", "Neil Wilson", "Ford Escort RS1600", classes ? G2 : null),
                rallyCrew("cars-antonio-borges", "António Borges", "Miguel Sottomayor", "Fiat 124 Sport Spyder", classes ? G2 : null));
        ImmutableList<ClassificationRow> rows = Lists.immutable.of(
                rally(1, "cars-raffaele-pinto", "6:26:15", null, "20", classes ? 1 : null, null),
                rally(2, "cars-alcide-paganelli", "6:30:12", "3:57", null, classes ? 2 : null, classes ? "3:57" : null),
                rally(3, "cars-markku-alen", "6:37:17", "11:02", null, classes ? 3 : null, classes ? "11:02" : null),
                rally(4, "cars-ove-andersson", "6:40:54", "14:39", "10", classes ? 1 : null, null),
                rally(5, "cars-harry-kallstrom", "6:54:27", "28:12", "8", classes ? 2 : null, classes ? "13:33" : null),
                rally(6, "cars-bob-neyret", "7:04:18", "38:03", "6", classes ? 4 : null, classes ? "38:03" : null),
                rally(7, "cars-georg-fischer", "7:05:02", "38:47", "4", classes ? 3 : null, classes ? "24:08" : null),
                rally(8, "cars-francisco-romaozinho", "7:17:04", "50:49", "3", classes ? 4 : null, classes ? "36:10" : null),
                rally(9, "cars-chris-sclater", "7:26:59", "1:00:44", "2", classes ? 5 : null, classes ? "46:05" : null),
                rally(10, "cars-antonio-borges", "7:27:55", "1:01:40", null, classes ? 6 : null, classes ? "47:01" : null));
        return new Event("1974 Rallye de Portugal", null, null, null, null, "1974-rallye-de-portugal-results.csv",
                Lists.immutable.empty(), Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())),
                Lists.immutable.empty(), entries,
                Lists.immutable.of(new Classification("cars", ClassificationKind.FINAL, null, Basis.REPORTED, false,
                        rows, HERE)),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());
    }

    public static Event sepang2008() {
        Place sepang = new Place("Sepang", "MAS");
        ImmutableList<Entry> entries = Lists.immutable.of(
                rider(1, "Gábor Talmácsi", "HUN", "Aprilia"), rider(38, "Bradley Smith", "GBR", "Aprilia"),
                rider(24, "Simone Corsi", "ITA", "Aprilia"), rider(48, "Bastien Chesaux", "SUI", "Aprilia"),
                rider(95, "Robert Muresan", "ROU", "Aprilia"), rider(12, "Esteve Rabat", "ESP", "KTM"),
                rider(73, "Takaaki Nakagami", "JPN", "Aprilia"), rider(7, "Efren Vazquez", "ESP", "Aprilia"));
        Duration winner = clock("43:00.716");
        ImmutableList<ClassificationRow> rows = Lists.immutable.of(
                race(1, 1, winner, false, null, 19, null, 2, "25"),
                race(2, 38, winner.plus(clock("3.416")), true, clock("3.416"), 19, null, 13, "20"),
                race(3, 24, winner.plus(clock("6.896")), true, clock("6.896"), 19, null, 8, "16"),
                race(21, 48, winner.plus(clock("1:46.609")), true, clock("1:46.609"), 19, null, 34, null),
                race(22, 95, null, false, null, 18, 1, 31, null),
                out(12, ResultStatus.RETIRED, 17, 25, "Retirement"),
                out(73, ResultStatus.RETIRED, 0, 21, "Accident"),
                out(7, ResultStatus.NOT_STARTED, null, 16, null));
        Stage race = new Stage(1, "1", LocalDate.of(2008, 10, 19), sepang, sepang, null, "race",
                Lists.immutable.of(new StageCategory("125cc", StageStatus.RUN, null)), HERE);
        return new Event("2008 Malaysian motorcycle Grand Prix", null, LocalDate.of(2008, 10, 19),
                LocalDate.of(2008, 10, 19), null, "2008-malaysian-motorcycle-grand-prix.html", Lists.immutable.empty(),
                Lists.immutable.of(new Category("125cc", "125cc", Lists.immutable.empty())), Lists.immutable.of(race),
                entries,
                Lists.immutable.of(new Classification("125cc", ClassificationKind.FINAL, null, Basis.REPORTED, false,
                        rows, HERE)),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());
    }

    private static Entry rallyCrew(String id, String driver, String coDriver, String car, String vehicleClass) {
        return new Entry(id, "cars", null, Lists.immutable.of(new Person(driver, null), new Person(coDriver, null)), car,
                null, vehicleClass);
    }

    private static ClassificationRow rally(int position, String entryId, String time, String gap, String points,
            Integer classPosition, String classGap) {
        return new ClassificationRow(position, entryId, null, clock(time), false, gap == null ? null : clock(gap), null,
                ResultStatus.CLASSIFIED, HERE, new RowDetails(classPosition, classGap == null ? null : clock(classGap),
                        null, null, null, points == null ? null : new BigDecimal(points), null));
    }

    private static Entry rider(int number, String name, String nationality, String make) {
        return new Entry("125cc-" + number, "125cc", number, Lists.immutable.of(new Person(name, nationality)), make,
                null, null);
    }

    private static ClassificationRow race(int position, int number, Duration time, boolean derived, Duration gap,
            int laps, Integer lapsBehind, int grid, String points) {
        return new ClassificationRow(position, "125cc-" + number, null, time, derived, gap, null, ResultStatus.CLASSIFIED,
                HERE, new RowDetails(null, null, laps, lapsBehind, grid, points == null ? null : new BigDecimal(points),
                        null));
    }

    private static ClassificationRow out(int number, ResultStatus status, Integer laps, int grid, String reason) {
        return new ClassificationRow(null, "125cc-" + number, null, null, false, null, null, status, HERE,
                new RowDetails(null, null, laps, null, grid, null, reason));
    }

    /** {@code 6:26:15}, {@code 43:00.716}, and seconds alone ({@code 3.416}) as a gap is written. */
    public static Duration clock(String text) {
        if (text.matches("[0-9]+\\.[0-9]{3}")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
        }
        return Times.parseClock(text).orElseThrow();
    }
}
