package org.podium.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.csv.PackageFiles.records;
import static org.podium.exporters.csv.PackageFiles.text;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.ConsistencyChecks;
import org.podium.datapackage.DataPackageSchema;
import org.podium.testkit.SampleEvents;
import org.podium.testkit.RealResults;

/**
 * results.csv's columns after {@code status}: class position and gap, laps, laps behind, grid,
 * points, status reason, read back with Commons CSV by header name.
 */
class RowDetailsColumnsTest {

    @Test
    void aGrandPrixKeepsLapsGridPointsLapsBehindAndWhyRidersStopped(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(RealResults.sepang2008(), dir.resolve("sepang"));
        List<CSVRecord> results = records(pkg.resolve("results.csv"));

        assertThat(results).extracting(r -> r.get("position") + " " + r.get("crew") + " " + r.get("laps") + " "
                + r.get("laps_behind") + " " + r.get("grid") + " " + r.get("points") + " " + r.get("status") + " "
                + r.get("status_reason")).containsExactly(
                        "1 Gábor Talmácsi 19  2 25 classified ",
                        "2 Bradley Smith 19  13 20 classified ",
                        "3 Simone Corsi 19  8 16 classified ",
                        "21 Bastien Chesaux 19  34  classified ",
                        "22 Robert Muresan 18 1 31  classified ",
                        " Esteve Rabat 17  25  retired Retirement",
                        " Takaaki Nakagami 0  21  retired Accident",
                        " Efren Vazquez   16  not-started ");
        CSVRecord smith = results.get(1);
        assertThat(smith.get("time")).isEqualTo("0:43:04.132");
        assertThat(smith.get("gap")).isEqualTo("0:00:03.416");
        assertThat(smith.get("time_derived")).isEqualTo("true");
        CSVRecord muresan = results.get(4);
        assertThat(muresan.get("time")).as("+1 lap is no time").isEmpty();
        assertThat(muresan.get("gap")).as("+1 lap is no gap").isEmpty();
        assertThat(results).allSatisfy(r -> {
            assertThat(r.get("class_position")).isEmpty();
            assertThat(r.get("class_gap")).isEmpty();
            assertThat(r.get("class_gap_ms")).isEmpty();
        });
    }

    @Test
    void aRallyKeepsItsPointsAndEachCrewsPlaceAndGapInItsClass(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(RealResults.portugal1974WithClasses(), dir.resolve("portugal"));
        List<CSVRecord> results = records(pkg.resolve("results.csv"));

        assertThat(results).extracting(r -> r.get("position") + " " + r.get("points")).containsExactly(
                "1 20", "2 ", "3 ", "4 10", "5 8", "6 6", "7 4", "8 3", "9 2", "10 ");
        CSVRecord kallstrom = results.get(4);
        assertThat(kallstrom.get("crew")).isEqualTo("Harry Källström / Claes Billstam");
        assertThat(kallstrom.get("gap")).isEqualTo("0:28:12");
        assertThat(kallstrom.get("class_position")).isEqualTo("2");
        assertThat(kallstrom.get("class_gap")).isEqualTo("0:13:33");
        assertThat(kallstrom.get("class_gap_ms")).isEqualTo("813000");
        CSVRecord andersson = results.get(3);
        assertThat(andersson.get("class_position")).isEqualTo("1");
        assertThat(andersson.get("class_gap")).as("the class leader has no class gap").isEmpty();
        assertThat(records(pkg.resolve("entries.csv"))).extracting(r -> r.get("entry_id") + " " + r.get("class"))
                .contains("cars-ove-andersson Group 2", "cars-raffaele-pinto Group 4");
    }

    /** The hand-built values are the sources' own: the checks find nothing in them to contradict. */
    @Test
    void theHandBuiltEventsAgreeWithThemselves() {
        assertThat(ConsistencyChecks.of(RealResults.sepang2008())).isEmpty();
        assertThat(ConsistencyChecks.of(RealResults.portugal1974())).isEmpty();
        assertThat(ConsistencyChecks.of(RealResults.portugal1974WithClasses())).isEmpty();
    }

    @Test
    void anEventWithoutDetailsHasTheColumnsEmpty(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(SampleEvents.dakarExcerpt(), dir.resolve("dakar"));
        String results = text(pkg.resolve("results.csv"));

        assertThat(results).contains("\nbikes,general,3,3,bikes-kari-tiainen,Kari Tiainen,FIN,KTM,0:32:59,1979000,"
                + "false,0:00:21,21000,,,classified,,,,,,,,\n");
        assertThat(results.lines().skip(1)).allSatisfy(line -> assertThat(line).endsWith(",,,,,,,,"));
        assertThat(text(pkg.resolve(DataPackageSchema.DESCRIPTOR_FILE)))
                .contains("{ \"name\": \"points\", \"type\": \"number\" }");
    }
}
