package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.importers.csv.Samples.hms;
import static org.podium.importers.csv.Samples.messages;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.ConsistencyChecks;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/** Times, gaps and what results carry beside them, written as results sites and federations write them. */
class ResultNotationsTest {

    private final CsvImporter importer = new CsvImporter();
    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void hoursMinutesAndSecondsWithUnitsAreTimesAndGaps(@TempDir Path dir) throws Exception {
        Event event = read(Samples.copy(dir, "units.csv"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(ClassificationRow::time)).containsExactly(hms(2, 28, 50, 800), hms(2, 32, 21, 600),
                hms(2, 35, 2, 0));
        assertThat(rows.collect(ClassificationRow::gap)).containsExactly(null, hms(0, 3, 30, 800), hms(0, 6, 11, 200));
        assertThat(rows.collect(ClassificationRow::timeDerived)).containsOnly(false);
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void threeDottedGroupsAreHoursMinutesAndSeconds(@TempDir Path dir) throws Exception {
        Event event = read(Samples.copy(dir, "dotted.csv"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(ClassificationRow::time)).containsExactly(hms(46, 11, 30, 0), hms(46, 33, 31, 0),
                hms(47, 40, 5, 0));
        assertThat(rows.collect(ClassificationRow::gap)).containsExactly(null, hms(0, 22, 1, 0), hms(1, 28, 35, 0));
        assertThat(messages(diagnostics)).contains("read as standings (one classification), fields separated by ';'");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aGrandPrixsTimeColumnIsTheWinnersTimeThenGapsLapsAndWhyRidersStopped(@TempDir Path dir) throws Exception {
        Event event = read(Samples.copy(dir, "grand-prix.csv"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        ClassificationRow winner = rows.get(0);
        assertThat(winner.time()).isEqualTo(hms(0, 43, 6, 7));
        assertThat(winner.timeDerived()).isFalse();
        assertThat(winner.gap()).isNull();
        assertThat(winner.details()).isEqualTo(new RowDetails(null, null, 21, null, 1, new BigDecimal("25"), null));
        // +4.008 is a gap, never a time of four seconds: the time is the winner's plus the gap, derived.
        ClassificationRow second = rows.get(1);
        assertThat(second.gap()).isEqualTo(hms(0, 0, 4, 8));
        assertThat(second.time()).isEqualTo(hms(0, 43, 10, 15));
        assertThat(second.timeDerived()).isTrue();
        ClassificationRow third = rows.get(2);
        assertThat(third.time()).isEqualTo(hms(0, 43, 10, 215));
        assertThat(third.details().points()).isEqualTo(new BigDecimal("16"));
        assertThat(third.details().grid()).isEqualTo(2);
        ClassificationRow lapped = rows.get(3);
        assertThat(lapped.position()).isEqualTo(4);
        assertThat(lapped.status()).isEqualTo(ResultStatus.CLASSIFIED);
        assertThat(lapped.time()).isNull();
        assertThat(lapped.gap()).isNull();
        assertThat(lapped.details()).isEqualTo(new RowDetails(null, null, 20, 1, 5, new BigDecimal("13"), null));
        ClassificationRow crashed = rows.get(4);
        assertThat(event.entriesById().get(crashed.entryId()).driver().name()).isEqualTo("Kenji Sato");
        assertThat(crashed.status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(crashed.position()).isNull();
        assertThat(crashed.time()).isNull();
        assertThat(crashed.details()).isEqualTo(new RowDetails(null, null, 12, null, 4, null, "Accident"));

        assertThat(messages(diagnostics)).contains(
                "column 'Time/Retired' holds the winner's time, then gaps: 2 rows (lines 3, 4) read as gaps to the"
                        + " winner, not as times; their times are derived as the winner's time + the gap",
                "laps behind (line 5) kept as laps behind the winner, without a time",
                "words where a time would be say why a crew stopped: 'Accident' (line 6); each is kept as the reason,"
                        + " and a crew without a position is taken as retired",
                "column 'Laps' taken as laps", "column 'Grid' taken as grid position", "column 'Points' taken as points");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aClassifiedDriverWhoStoppedKeepsHisPlaceAndACutTableIsIncomplete(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "Pos,No,Driver,Team,Laps,Time,Interval,Grid,Points\n"
                + "1,33,Max Verstappen,Red Bull Racing-Honda,58,1:30:17.345,,1,26\n"
                + "2,44,Lewis Hamilton,Mercedes,58,+2.256,+2.256,2,18\n"
                + "3,55,Carlos Sainz Jr.,Ferrari,58,+5.173,+2.917,5,15\n"
                + "15,63,George Russell,Williams-Mercedes,55,Gearbox,,15,\n"
                + "Ret,11,Sergio Pérez,Red Bull Racing-Honda,55,Oil pressure,,4,\n"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.get(2).gap()).as("the gap to the leader, not the interval").isEqualTo(hms(0, 0, 5, 173));
        assertThat(rows.get(3).position()).isEqualTo(15);
        assertThat(rows.get(3).status()).isEqualTo(ResultStatus.CLASSIFIED);
        assertThat(rows.get(3).details().statusReason()).isEqualTo("Gearbox");
        assertThat(rows.get(4).status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(event.classification(event.categories().getOnly().id(), ClassificationKind.FINAL, null)
                .orElseThrow().complete()).isFalse();
        assertThat(messages(diagnostics)).contains(
                "column 'Interval' is not one Podium reads in standings (one classification); its values are not imported",
                "the standings have no crew at position 4–14; they are taken as incomplete");
    }

    @Test
    void gapsWrittenWithoutAPlusAfterTheWinnersTimeAreStillGaps(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "Pos,Rider,Time\n1,Ana,4:12:05\n2,Bea,0:32\n3,Cleo,0:32\n4,Dora,1:40\n"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(ClassificationRow::time)).containsExactly(hms(4, 12, 5, 0), hms(4, 12, 37, 0),
                hms(4, 12, 37, 0), hms(4, 13, 45, 0));
        assertThat(rows.collect(ClassificationRow::gap)).containsExactly(null, hms(0, 0, 32, 0), hms(0, 0, 32, 0),
                hms(0, 1, 40, 0));
        assertThat(messages(diagnostics)).contains("column 'Time' gives 4:12:05 (line 2), then times all smaller than it"
                + " and never decreasing ('0:32' on line 3, …): those 3 are read as gaps, though written without '+'");
    }

    @Test
    void aGapColumnOpenedByTheWinnersTimeGivesItAsATime(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "Pos,Driver,Gap\n1,Ana,2:58:33.4\n2,Bea,+17.7\n3,Cleo,+1:06.6\n"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(ClassificationRow::time)).containsExactly(hms(2, 58, 33, 400), hms(2, 58, 51, 100),
                hms(2, 59, 40, 0));
        assertThat(rows.collect(ClassificationRow::gap)).containsExactly(null, hms(0, 0, 17, 700), hms(0, 1, 6, 600));
        assertThat(rows.collect(ClassificationRow::timeDerived)).containsExactly(false, true, true);
        assertThat(messages(diagnostics)).contains("'2:58:33.4' in Gap is the winner's time, not a gap: the gaps below,"
                + " written with '+', are behind it");
    }

    @Test
    void sameTimeTakesTheTimeOfTheRowAboveInATimeColumn(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "Rank,Rider,Time\n1,Ana,4h 12' 05\"\n2,Bea,+ 0' 32\"\n3,Cleo,s.t.\n"));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.get(2).time()).isEqualTo(hms(4, 12, 37, 0));
        assertThat(rows.get(2).gap()).isEqualTo(hms(0, 0, 32, 0));
        assertThat(rows.get(2).timeDerived()).isTrue();
        assertThat(messages(diagnostics)).contains("'s.t.' (same time) on line 4: the time and gap of the row above");
    }

    @Test
    void aCellThatIsNoTimeIsAnErrorWhereItIsAndTheRowIsKept(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "Pos,Driver,Time\n1,Ana,2h28m50.8s\n2,Bea,2h3O m\n"));

        assertThat(finalRows(event)).hasSize(2);
        assertThat(finalRows(event).get(1).time()).isNull();
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.position().describe()).isEqualTo("t.csv:3:3");
            assertThat(d.message()).startsWith("cannot read '2h3O m' in Time as a time (3:59:18.9,")
                    .endsWith("; the row is kept without it");
        });
    }

    @Test
    void aTimingSheetsGapsAndSameTimesAreBehindTheStagesFastestTime(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, "Stage,Driver,Time\n1,Ana,1:00:00\n1,Bea,+0:05\n1,Cleo,s.t.\n"
                + "2,Ana,0:30:00\n2,Bea,0:29:00\n2,Cleo,+1:00\n"));

        ImmutableList<ClassificationRow> stage1 = event.classification("overall", ClassificationKind.STAGE, "1")
                .orElseThrow().rows();
        assertThat(stage1.collect(ClassificationRow::time)).containsExactly(hms(1, 0, 0, 0), hms(1, 0, 5, 0),
                hms(1, 0, 5, 0));
        ImmutableList<ClassificationRow> stage2 = event.classification("overall", ClassificationKind.STAGE, "2")
                .orElseThrow().rows();
        assertThat(stage2.detect(r -> r.entryId().equals("overall-cleo")).time()).isEqualTo(hms(0, 30, 0, 0));
        assertThat(messages(diagnostics)).contains(
                "column 'Time' holds gaps written with '+' (lines 3, 7): each is read as a gap to the stage's fastest"
                        + " time, and the stage time taken as that time + the gap",
                "'s.t.' (same time) on line 4: the stage time of the row above on the same stage");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void aFrenchFederationsExportWithDecimalCommasAndFrenchWordsIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("classement.csv");
        // Excel in French: UTF-8 with its mark, ';' between fields, decimal commas, CRLF, an empty last row.
        Files.write(file, ("\uFEFF# event: Rallye du Pays 2025\r\n"
                + "Clt;N°;Pilote;Copilote;Voiture;Classe;Temps;Ecart\r\n"
                + "1er;3;Jean Dupont;Marc Roy;Citroën C3;R5;1:45:12,3;\r\n"
                + "2e;8;Paul Petit;Luc Bon;Škoda Fabia;R5;1:46:01,9;+49,6\r\n"
                + "Ab.;12;Yves Noir;Eric Gris;Peugeot 208;R2;Sortie de route;\r\n"
                + ";;;;;;;\r\n").getBytes(StandardCharsets.UTF_8));

        Event event = read(file);

        assertThat(event.name()).isEqualTo("Rallye du Pays 2025");
        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(ClassificationRow::position)).containsExactly(1, 2, null);
        assertThat(rows.get(0).time()).isEqualTo(hms(1, 45, 12, 300));
        assertThat(rows.get(1).gap()).isEqualTo(hms(0, 0, 49, 600));
        assertThat(event.entriesById().get(rows.get(1).entryId()).vehicleClass()).isEqualTo("R5");
        assertThat(rows.get(2).status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(rows.get(2).details().statusReason()).isEqualTo("Sortie de route");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aDriverSlashCoDriverColumnIsTheCrewAndDecimalCommasAreTenths(@TempDir Path dir) throws Exception {
        Event event = read(write(dir, """
                Pos;Nr;Driver / Co-driver;Class;Car;Time;Diff.
                1.;1;Ott Tänak / Martin Järveoja;RC1;Hyundai i20;2:45:10,3;
                2.;3;Elfyn Evans / Scott Martin;RC1;Toyota GR Yaris;2:45:30,1;+19,8
                DNF;22;Yohan Rossel / Arnaud Dunand;RC2;Citroen C3;;
                """));

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(r -> event.entriesById().get(r.entryId()).crew().size())).containsExactly(2, 2, 2);
        assertThat(event.entriesById().get(rows.getFirst().entryId()).crew().getLast().name())
                .isEqualTo("Martin Järveoja");
        assertThat(rows.collect(ClassificationRow::time)).containsExactly(hms(2, 45, 10, 300), hms(2, 45, 30, 100),
                null);
        assertThat(rows.get(1).gap()).isEqualTo(hms(0, 0, 19, 800));
        assertThat(rows.getLast().status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    private Event read(Path file) throws Exception {
        return importer.read(ImportRequest.of(file, diagnostics));
    }

    private static Path write(Path dir, String text) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static ImmutableList<ClassificationRow> finalRows(Event event) {
        return event.classification(event.categories().getOnly().id(), ClassificationKind.FINAL, null).orElseThrow().rows();
    }
}
