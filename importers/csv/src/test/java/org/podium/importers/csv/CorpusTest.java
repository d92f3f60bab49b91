package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Basis;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;
import org.podium.testkit.ImporterContract;

class CorpusTest {

    private final CsvImporter importer = new CsvImporter();

    @Test
    void theRallyIsItsFinalStandingsWithDottedGapsReadAsMinutesAndSeconds(@TempDir Path dir) throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer.read(ImportRequest.of(corpus(dir, "1974-rallye-de-portugal-results.csv"), diagnostics));

        assertThat(event.name()).isEqualTo("1974-rallye-de-portugal-results");
        Classification standings = event.classifications().getOnly();
        assertThat(standings.kind()).isEqualTo(ClassificationKind.FINAL);
        assertThat(standings.basis()).isEqualTo(Basis.REPORTED);
        assertThat(standings.rows()).hasSize(10);
        ClassificationRow pinto = standings.rows().get(0);
        assertThat(pinto.position()).isEqualTo(1);
        assertThat(event.entriesById().get(pinto.entryId()).crewNames()).isEqualTo("Raffaele Pinto / Arnaldo Bernacchini");
        assertThat(pinto.time()).isEqualTo(hms(6, 26, 15));
        assertThat(pinto.gap()).isNull();
        ClassificationRow paganelli = standings.rows().get(1);
        assertThat(paganelli.time()).isEqualTo(hms(6, 30, 12));
        assertThat(paganelli.gap()).isEqualTo(hms(0, 3, 57));
        ClassificationRow sclater = standings.rows().get(8);
        assertThat(event.entriesById().get(sclater.entryId()).driver().name()).isEqualTo("Chris Sclater");
        assertThat(sclater.position()).isEqualTo(9);
        assertThat(sclater.time()).isEqualTo(hms(7, 26, 59));
        assertThat(sclater.gap()).isEqualTo(hms(1, 0, 44));
        assertThat(sclater.make()).isEqualTo("Ford Escort RS1600");
        assertThat(event.entriesById().get(standings.rows().get(7).entryId()).driver().name())
                .isEqualTo("Francisco Romãozinho");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(messages(diagnostics)).anySatisfy(m -> assertThat(m).contains("Difference").contains("3 min 57 s")
                .contains("on 10 of 10 rows"));
        // The championship points are kept beside the positions, an empty cell as no points.
        assertThat(standings.rows().collect(r -> r.details().points()).castToList()).containsExactly(
                new BigDecimal("20"), null, null, new BigDecimal("10"), new BigDecimal("8"), new BigDecimal("6"),
                new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("2"), null);
        assertThat(pinto.details().classPosition()).isNull();
        assertThat(pinto.timeDerived()).isFalse();
        assertThat(paganelli.timeDerived()).isFalse();
        assertThat(messages(diagnostics)).anySatisfy(m -> assertThat(m).isEqualTo("column 'Points' taken as points"));
        assertThat(messages(diagnostics)).noneMatch(m -> m.contains("not imported"));
    }

    @Test
    void theTourIsItsItinerary(@TempDir Path dir) throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer.read(ImportRequest.of(corpus(dir, "1983-tour-de-france-stages.csv"), diagnostics));

        assertThat(event.stages()).hasSize(23);
        assertThat(event.stages().collect(Stage::label).getFirst()).isEqualTo("P");
        assertThat(event.stages().getLast().label()).isEqualTo("22");
        Stage prologue = event.stage("P").orElseThrow();
        assertThat(prologue.type()).isEqualTo(StageTypes.PROLOGUE);
        assertThat(prologue.distanceKm()).isEqualTo(new BigDecimal("6"));
        assertThat(prologue.date()).isEqualTo(LocalDate.of(1983, 7, 1));
        Stage first = event.stage("1").orElseThrow();
        assertThat(first.start().name()).isEqualTo("Nogent-sur-Marne");
        assertThat(first.finish().name()).isEqualTo("Créteil");
        assertThat(first.distanceKm()).isEqualTo(new BigDecimal("163"));
        Stage teamTrial = event.stage("2").orElseThrow();
        assertThat(teamTrial.type()).isEqualTo(StageTypes.TEAM_TIME_TRIAL);
        assertThat(teamTrial.categories().getOnly().reportedWinner()).isEqualTo("Mercier");
        assertThat(event.stage("3").orElseThrow().categories().getOnly().reportedWinner()).isEqualTo("Rudy Matthijs (BEL)");
        Stage dijon = event.stage("21").orElseThrow();
        assertThat(dijon.isLoop()).isTrue();
        assertThat(dijon.start().name()).isEqualTo("Dijon");
        assertThat(dijon.type()).isEqualTo(StageTypes.TIME_TRIAL);
        assertThat(event.stage("22").orElseThrow().finish().name()).isEqualTo("Paris (Champs-Élysées)");
        assertThat(event.stage("15").orElseThrow().distanceKm()).isEqualTo(new BigDecimal("16"));
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(messages(diagnostics)).anySatisfy(m -> assertThat(m).contains("1983").contains("file name"));
        assertThat(messages(diagnostics)).contains("read as an itinerary (the stage list), fields separated by ','");
        assertThat(event.entries()).isEmpty();
        assertThat(event.notes()).isEmpty();
    }

    @Test
    void bothAreDetectedAsTablesPodiumKnows(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"1974-rallye-de-portugal-results.csv", "1983-tour-de-france-stages.csv"}) {
            assertThat(importer.detect(ImporterContract.detectionInput(corpus(dir, name))))
                    .isEqualTo(MatchStrength.SOLID_MATCH);
        }
    }

    static Path corpus(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Duration hms(int h, int m, int s) {
        return Duration.ofHours(h).plusMinutes(m).plusSeconds(s);
    }

    private static java.util.List<String> messages(Diagnostics.Collector diagnostics) {
        return diagnostics.all().collect(Diagnostic::message).castToList();
    }
}
