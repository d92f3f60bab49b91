package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.exporters.csv.CsvPackageExporter;
import org.podium.launcher.SafeExport;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.RowDetails;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.ImportRequest;
import org.podium.spi.PluginOptions;
import org.podium.spi.Severity;
import org.podium.testkit.SampleEvents;
import org.podium.testkit.RealResults;

/**
 * The class position and gap, laps, laps behind, grid, points and status reason of results.csv:
 * read back by the package reader, the round trip byte-exact with every one set and with none,
 * and a package written before these columns still read.
 */
class PackageRowDetailsTest {

    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(OffsetDateTime.parse("2008-10-19T12:00:00Z"));

    @Test
    void aGrandPrixReadsBackWithLapsGridPointsAndReasons(@TempDir Path dir) throws Exception {
        Event event = roundTrip(RealResults.sepang2008(), dir);

        ImmutableRows rows = new ImmutableRows(event.classifications().getOnly());
        assertThat(rows.of("125cc-1").details()).isEqualTo(new RowDetails(null, null, 19, null, 2, new BigDecimal("25"), null));
        assertThat(rows.of("125cc-95").details().lapsBehind()).isEqualTo(1);
        assertThat(rows.of("125cc-95").details().laps()).isEqualTo(18);
        assertThat(rows.of("125cc-95").gap()).isNull();
        assertThat(rows.of("125cc-12").details().statusReason()).isEqualTo("Retirement");
        assertThat(rows.of("125cc-73").details().statusReason()).isEqualTo("Accident");
        assertThat(rows.of("125cc-73").details().laps()).isZero();
    }

    @Test
    void aRallyReadsBackWithPointsAndClassPlaces(@TempDir Path dir) throws Exception {
        Event event = roundTrip(RealResults.portugal1974WithClasses(), dir);

        ImmutableRows rows = new ImmutableRows(event.classifications().getOnly());
        assertThat(rows.of("cars-raffaele-pinto").details().points()).isEqualTo(new BigDecimal("20"));
        assertThat(rows.of("cars-alcide-paganelli").details().points()).isNull();
        assertThat(rows.of("cars-harry-kallstrom").details().classPosition()).isEqualTo(2);
        assertThat(rows.of("cars-harry-kallstrom").details().classGap()).isEqualTo(Duration.ofMinutes(13).plusSeconds(33));
        assertThat(event.entriesById().get("cars-harry-kallstrom").vehicleClass()).isEqualTo("Group 2");
    }

    @Test
    void everyDetailSetAtOnceRoundTrips(@TempDir Path dir) throws Exception {
        Event sepang = RealResults.sepang2008();
        Classification race = sepang.classifications().getOnly();
        RowDetails every = new RowDetails(2, Duration.ofMillis(5_500), 18, 1, 31, new BigDecimal("0.5"),
                "Lapped, \"slow\" pit stop");
        Classification changed = new Classification(race.categoryId(), race.kind(), race.stageLabel(), race.basis(),
                race.complete(), race.rows().collect(r -> r.entryId().equals("125cc-95") ? r.withDetails(every) : r),
                race.source());
        Event event = new Event(sepang.name(), sepang.edition(), sepang.startDate(), sepang.finishDate(),
                sepang.description(), sepang.source(), sepang.properties(), sepang.categories(), sepang.stages(),
                sepang.entries(), org.eclipse.collections.api.factory.Lists.immutable.of(changed), sepang.penalties(),
                sepang.awardedTimes(), sepang.notes());

        Event back = roundTrip(event, dir);

        assertThat(new ImmutableRows(back.classifications().getOnly()).of("125cc-95").details()).isEqualTo(every);
        assertThat(Files.readString(dir.resolve("first/results.csv"))).contains(
                ",classified,2,0:00:05.5,5500,18,1,31,0.5,\"Lapped, \"\"slow\"\" pit stop\"\n");
    }

    @Test
    void anEventWithNoDetailsRoundTripsWithTheColumnsEmpty(@TempDir Path dir) throws Exception {
        Event back = roundTrip(SampleEvents.dakarExcerpt(), dir);

        assertThat(back.classifications().flatCollect(Classification::rows))
                .allSatisfy(row -> assertThat(row.details()).isEqualTo(RowDetails.NONE));
    }

    /** A package from before these columns: its results read with no details, and nothing to report. */
    @Test
    void aPackageWithoutTheDetailColumnsReadsEveryRowWithoutDetails(@TempDir Path dir) throws Exception {
        Path first = export(Report.of(RealResults.portugal1974(), OPTIONS), dir.resolve("pkg"));
        Path results = first.resolve("results.csv");
        int kept = DataPackageSchema.expandedColumns(DataPackageSchema.RESULTS).detectIndex(c -> c.name().equals("status")) + 1;
        StringBuilder older = new StringBuilder();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", -1);
            older.append(String.join(",", java.util.Arrays.copyOf(cells, kept))).append('\n');
        }
        Files.writeString(results, older.toString(), StandardCharsets.UTF_8);
        assertThat(older.toString()).startsWith("category,classification,stage,position,entry_id,crew,nationalities,"
                + "make,time,time_ms,time_derived,gap,gap_ms,penalty,penalty_ms,status\n");
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = new CsvImporter().read(ImportRequest.of(first, diagnostics));

        assertThat(diagnostics.all()).as("an older package is not a problem").isEmpty();
        assertThat(event.classifications().getOnly().rows()).hasSize(10)
                .allSatisfy(row -> assertThat(row.details()).isEqualTo(RowDetails.NONE));
        assertThat(event.classifications().getOnly().rows().get(1).gap()).isEqualTo(Duration.ofSeconds(3 * 60 + 57));
    }

    @Test
    void anUnreadableDetailIsReportedAtItsCellAndTheRowKept(@TempDir Path dir) throws Exception {
        Path first = export(Report.of(RealResults.portugal1974(), OPTIONS), dir.resolve("pkg"));
        Path results = first.resolve("results.csv");
        Table table = DataPackageSchema.RESULTS;
        int points = DataPackageSchema.expandedColumns(table).collect(Column::name).indexOf("points");
        int grid = DataPackageSchema.expandedColumns(table).collect(Column::name).indexOf("grid");
        StringBuilder edited = new StringBuilder();
        int number = 0;
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", -1);
            if (++number == 2) {
                cells[points] = "20 pts";
                cells[grid] = "P1";
            }
            edited.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(results, edited.toString(), StandardCharsets.UTF_8);
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = new CsvImporter().read(ImportRequest.of(first, diagnostics));

        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR))
                .extracting(d -> d.position().describe() + " " + d.message()).containsExactly(
                        "results.csv:2:" + (grid + 1) + " cannot read 'P1' in column grid as a whole number; the row"
                                + " is kept without it",
                        "results.csv:2:" + (points + 1) + " cannot read '20 pts' in column points as a decimal number"
                                + " like 404 or 30.3; the row is kept without it");
        ClassificationRow pinto = event.classifications().getOnly().rows().getFirst();
        assertThat(pinto.position()).isEqualTo(1);
        assertThat(pinto.details().points()).isNull();
        assertThat(diagnostics.all()).extracting(Diagnostic::severity).doesNotContain(Severity.WARNING);
    }

    /** Exports the event as the host does, reads it back, exports again: the same bytes, the same event. */
    private static Event roundTrip(Event event, Path dir) throws Exception {
        Report report = Report.of(event, OPTIONS);
        Path first = export(report, dir.resolve("first"));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event imported = new CsvImporter().read(ImportRequest.of(first.resolve("datapackage.json"), diagnostics));

        assertThat(diagnostics.all()).as("problems reading a package Podium wrote")
                .noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(imported).as("the event as known in the scope, positions aside").isEqualTo(report.event());
        Path second = export(Report.of(imported, OPTIONS), dir.resolve("second"));
        assertThat(snapshot(second)).isEqualTo(snapshot(first));
        return imported;
    }

    private static Path export(Report report, Path target) throws Exception {
        Exporter exporter = new CsvPackageExporter();
        SafeExport.write(exporter, "test", report, PluginOptions.defaults(exporter.descriptor().options()),
                Diagnostics.collector(), target);
        return target;
    }

    private static String snapshot(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /** A classification's rows by entry. */
    private record ImmutableRows(Classification table) {
        ClassificationRow of(String entryId) {
            return table.rows().detect(r -> r.entryId().equals(entryId));
        }
    }
}
