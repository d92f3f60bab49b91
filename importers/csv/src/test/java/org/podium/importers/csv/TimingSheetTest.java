package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.ResultStatus;
import org.podium.model.StageStatus;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

class TimingSheetTest {

    private final CsvImporter importer = new CsvImporter();
    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void aTimingSheetGivesEntriesPenaltiesAndComputedClassifications(@TempDir Path dir) throws Exception {
        Event event = read(new CsvImporterContractTest().sampleInput(dir));

        assertThat(event.name()).isEqualTo("Rally of Somewhere 2026");
        assertThat(event.startDate()).hasToString("2026-01-03");
        assertThat(event.categories().getOnly().id()).isEqualTo("cars");
        Entry nunez = event.entriesById().get("cars-7");
        assertThat(nunez.crewNames()).isEqualTo("Ana Núñez / Luc Ébert");
        assertThat(nunez.crew().collect(p -> p.nationality())).containsExactly("ESP", "FRA");
        assertThat(event.entriesById().get("cars-9").driver().name()).isEqualTo("Smith, John");
        assertThat(event.penalties().getOnly().reason()).isEqualTo("speeding");
        assertThat(event.penalties().getOnly().stageLabel()).isEqualTo("1");
        ImmutableRows general1 = rows(event, ClassificationKind.GENERAL, "1");
        assertThat(general1.get(1).time()).isEqualTo(Duration.parse("PT4H2M2S"));
        assertThat(general1.get(1).penalty()).isEqualTo(Duration.ofMinutes(1));
        ImmutableRows overall = rows(event, ClassificationKind.FINAL, null);
        assertThat(overall.get(0).entryId()).isEqualTo("cars-7");
        assertThat(overall.get(0).time()).isEqualTo(Duration.parse("PT6H9M18.9S"));
        assertThat(overall.get(1).status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void aMissingTimeColumnIsAnErrorNamingItAndItsAliases(@TempDir Path dir) throws Exception {
        Path sheet = write(dir, "t.csv", "Stage,Driver,Status\n1,Ana,OK\n2,Ana,OK\n");

        assertThatThrownBy(() -> read(sheet)).isInstanceOf(ImportException.class)
                .hasMessageContaining("3 columns separated by ',': 'Stage', 'Driver', 'Status'")
                .hasMessageContaining("timing sheet: no time column (time, stage time, temps, total, total time,"
                        + " time/retired)")
                .hasMessageContaining("standings: no position column (pos, position, rank, pl, place, rang, clt)")
                .hasMessageContaining("itinerary: none of date, route, distance, type, winner, start time, stage name");
    }

    @Test
    void anUnreadableCellIsReportedWhereItIsAndTheRowKept(@TempDir Path dir) throws Exception {
        Path sheet = write(dir, "t.csv", "Stage,No,Driver,Time\n\n1,1,Ana,1:00:00\n1,2,Bea,3:59;36.4\n\n2,1,Ana,1:00:00\n2,2,Bea,1:00:01\n");

        Event event = read(sheet);

        Diagnostic bad = diagnostics.all().detect(d -> d.severity() == Severity.ERROR && d.message().contains("3:59"));
        assertThat(bad.position().describe()).isEqualTo("t.csv:4:4");
        assertThat(event.entriesById().get("overall-2").driver().name()).isEqualTo("Bea");
        ClassificationRow bea = rows(event, ClassificationKind.STAGE, "2").get(1);
        assertThat(bea.time()).isEqualTo(Duration.parse("PT1H1S"));
        assertThat(rows(event, ClassificationKind.GENERAL, "1").detect(r -> r.entryId().equals("overall-2")).status())
                .isEqualTo(ResultStatus.NOT_CLASSIFIED);
    }

    @Test
    void theSameCrewTwiceOnAStageIsAnErrorAndTheSecondRowIsNotUsed(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "t.csv", "Stage,Crew,Time\n1,Ana / Bo,1:00:00\n1,Ana / Bo,0:50:00\n"));

        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.position().describe()).isEqualTo("t.csv:3");
            assertThat(d.message()).contains("Ana / Bo has a second row for stage 1; only the first is used");
        });
        assertThat(rows(event, ClassificationKind.STAGE, "1").getOnly().time()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aStageEveryoneWasAwardedIsCancelledWithThatTime(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "t.csv", "Stage,Category,Driver,Time,Status\n"
                + "1,Trucks,Ana,1:00:00,\n1,Trucks,Bo,1:10:00,\n2,Trucks,Ana,0:50:00,awarded\n2,Trucks,Bo,0:50:00,awarded\n"));

        assertThat(event.stage("2").orElseThrow().forCategory("trucks").orElseThrow().status())
                .isEqualTo(StageStatus.CANCELLED);
        assertThat(event.awardedTimes().getOnly().time()).isEqualTo(Duration.ofMinutes(50));
        assertThat(event.classification("trucks", ClassificationKind.STAGE, "2")).isEmpty();
        assertThat(rows(event, ClassificationKind.FINAL, null).get(1).time()).isEqualTo(Duration.parse("PT2H"));
    }

    @Test
    void windows1252WithSemicolonsIsReadWithAWarning(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("t.csv");
        Files.write(sheet, "Étape;Pilote;Temps\n1;Ana Núñez;1:00:00\n".getBytes(Charset.forName("windows-1252")));

        Event event = read(sheet);

        assertThat(event.entries().getOnly().driver().name()).isEqualTo("Ana Núñez");
        assertThat(diagnostics.all()).anySatisfy(d -> assertThat(d.message()).contains("Windows-1252"));
    }

    @Test
    void aBomIsNotPartOfTheFirstHeader(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("t.csv");
        Files.write(sheet, "\uFEFFStage\tDriver\tTime\n1\tAna\t6:12\n".getBytes(StandardCharsets.UTF_8));

        Event event = read(sheet);

        assertThat(rows(event, ClassificationKind.STAGE, "1").getOnly().time()).isEqualTo(Duration.parse("PT6M12S"));
        assertThat(diagnostics.all()).anySatisfy(d -> assertThat(d.message()).contains("separated by tab"));
    }

    @Test
    void pointsOnATimingSheetAreSaidNotToBeImportedAndWordsInTheTimeAreAStatus(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "t.csv", "Stage,Driver,Time,Points\n1,Ana,1:00:00,3\n1,Bo,1:00:30,2\n"
                + "2,Ana,0:40:00,3\n2,Bo,Accident,\n"));

        assertThat(rows(event, ClassificationKind.FINAL, null).detect(r -> r.entryId().equals("overall-bo")).status())
                .isEqualTo(ResultStatus.RETIRED);
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.position().describe()).isEqualTo("t.csv:1:4");
            assertThat(d.message()).startsWith("column 'Points' taken as points, not imported: a timing sheet's"
                    + " classifications are computed from its times");
        });
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.position().describe()).isEqualTo("t.csv:5:3");
            assertThat(d.message()).startsWith("'Accident' where Bo's time would be: taken as retired on this stage");
        });
    }

    @Test
    void aTimeMistypedWithALetterIsAnErrorNotARetirement(@TempDir Path dir) throws Exception {
        // A letter O for a zero: read as words, Bo would have retired on stage 2 with a warning.
        Event event = read(write(dir, "t.csv", "Stage,Driver,Time\n1,Ana,1:00:00\n1,Bo,1:00:30\n"
                + "2,Ana,0:40:00\n2,Bo,O0:39:00\n"));

        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.position().describe()).isEqualTo("t.csv:5:3");
            assertThat(d.message()).startsWith("cannot read 'O0:39:00' in Time as a time (");
        });
        assertThat(diagnostics.all()).noneMatch(d -> d.message().contains("taken as retired"));
        assertThat(rows(event, ClassificationKind.FINAL, null).detect(r -> r.entryId().equals("overall-bo")).status())
                .isNotEqualTo(ResultStatus.RETIRED);
    }

    @Test
    void decimalCommasAndASpreadsheetsEmptyTrailingColumnsAreReadQuietly(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "t.csv", "Étape;Pilote;Temps;;\n1;Ana;1:00:00,5;;\n1;Bo;1:00:30,25;;\n"));

        assertThat(rows(event, ClassificationKind.STAGE, "1").get(1).time()).isEqualTo(Duration.parse("PT1H30.25S"));
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
    }

    private Event read(Path file) throws Exception {
        return importer.read(ImportRequest.of(file, diagnostics));
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static ImmutableRows rows(Event event, ClassificationKind kind, String stage) {
        return new ImmutableRows(event.classification(event.categories().getFirst().id(), kind, stage).orElseThrow().rows());
    }

    /** Rows by index, with a short name in the assertions above. */
    private record ImmutableRows(org.eclipse.collections.api.list.ImmutableList<ClassificationRow> rows) {
        ClassificationRow get(int index) {
            return rows.get(index);
        }

        ClassificationRow getOnly() {
            return rows.getOnly();
        }

        ClassificationRow detect(org.eclipse.collections.api.block.predicate.Predicate<ClassificationRow> test) {
            return rows.detect(test);
        }
    }
}
