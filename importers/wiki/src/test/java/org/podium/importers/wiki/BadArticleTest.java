package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;
import org.podium.testkit.SampleArticles;

/** Bad input gets a message with its line and column, and what can be read still is. */
class BadArticleTest {

    private final WikiImporter importer = new WikiImporter();

    @Test
    void aFileOfAnotherFormatIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path csv = write(dir, "results.txt", "Pos,Driver,Time\n1,Someone,1:00:00\n");
        assertThatThrownBy(() -> importer.read(ImportRequest.of(csv, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("it looks like a table delimited by ','")
                .satisfies(e -> assertThat(((ImportException) e).describe()).startsWith("results.txt:1:1: "));
    }

    @Test
    void anArticleWithoutRaceTablesSaysSo(@TempDir Path dir) throws Exception {
        Path text = write(dir, "athlete.txt", "= Some Athlete =\n\nProse.\n\n==Record==\n| Year | Venue |\n| 2001 | Paris |\n");
        assertThatThrownBy(() -> importer.read(ImportRequest.of(text, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("found no race tables");
    }

    @Test
    void anUnreadableTimeIsReportedAndTheRowKept(@TempDir Path dir) throws Exception {
        String article = SampleArticles.dakar2002Text().replace(
                "| 2 | FIN Kari Tiainen | KTM | 6:17 | 0:05 | 2 | FIN Kari Tiainen | KTM | 6:17 | 0:05 |",
                "| 2 | FIN Kari Tiainen | KTM | 6:1x | 0:05 | 2 | FIN Kari Tiainen | KTM | 6:17 | 0:05 |");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer.read(ImportRequest.of(write(dir, "dakar.txt", article), diagnostics));

        Diagnostic error = diagnostics.all().detect(d -> d.severity() == Severity.ERROR);
        assertThat(error.message()).contains("'6:1x' is not a time");
        assertThat(error.position().describe()).isEqualTo("dakar.txt:49:32");
        var stage2 = event.classification("bikes", ClassificationKind.STAGE, "2").orElseThrow().rows();
        assertThat(stage2).hasSize(3);
        assertThat(stage2.get(1).entryId()).isEqualTo("bikes-kari-tiainen");
        assertThat(stage2.get(1).time()).isNull();
        assertThat(stage2.get(1).gap()).hasSeconds(5);
    }

    @Test
    void aRaceNumberGivenTwiceInACategoryIsAWarningNamingBothCrews(@TempDir Path dir) throws Exception {
        String article = SampleArticles.dakar2002Text().replace("| 2 | 5 | RSA Alfie Cox |", "| 2 | 6 | RSA Alfie Cox |");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer.read(ImportRequest.of(write(dir, "dakar.txt", article), diagnostics));

        assertThat(diagnostics.all().select(d -> d.severity() == Severity.WARNING).collect(Diagnostic::message))
                .containsExactly("race number 6 is Richard Sainct (line 205) and Alfie Cox here, in bikes; both are"
                        + " kept, check the source");
        assertThat(event.entries().select(e -> Integer.valueOf(6).equals(e.number())).collect(e -> e.driver().name()))
                .containsExactlyInAnyOrder("Richard Sainct", "Alfie Cox");
    }

    @Test
    void aRetiredCrewWithAnEmptyTimeKeepsItsEntrantAndHasNoReason(@TempDir Path dir) throws Exception {
        String article = SampleArticles.dakar2002Text().replace(
                "| 5 | 4 | ESP Isidre Esteve | KTM | Repsol KTM | +2:54:34 |", "| Ret | 4 | ESP Isidre Esteve | KTM | Repsol KTM | |");
        Event event = importer.read(ImportRequest.of(write(dir, "dakar.txt", article), Diagnostics.collector()));

        var esteve = event.classifications()
                .detect(c -> c.categoryId().equals("bikes") && c.kind() == ClassificationKind.FINAL)
                .rows().detect(row -> row.entryId().equals("bikes-4"));
        assertThat(esteve.status()).isEqualTo(org.podium.model.ResultStatus.RETIRED);
        assertThat(esteve.time()).isNull();
        assertThat(esteve.details().statusReason()).as("'Repsol KTM' is his entrant, not why he stopped").isNull();
        assertThat(event.entries().detect(entry -> entry.id().equals("bikes-4")).entrant()).isEqualTo("Repsol KTM");
    }

    @Test
    void aStageLabelTheItineraryLacksIsAnError(@TempDir Path dir) throws Exception {
        String article = SampleArticles.dakar2002Text().replace("| 2 | 1 | FRA Pierre Quinonero |",
                "| 22 | 1 | FRA Pierre Quinonero |");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        importer.read(ImportRequest.of(write(dir, "dakar.txt", article), diagnostics));

        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR)).singleElement().satisfies(d -> {
            assertThat(d.position().describe()).isEqualTo("dakar.txt:48:1");
            assertThat(d.message()).isEqualTo("stage 22 has results but is not in the itinerary: is its label written"
                    + " wrong?");
        });
    }

    @Test
    void aTruncatedTableIsReportedAndTheRestRead(@TempDir Path dir) throws Exception {
        String article = SampleArticles.dakar2002Text().replace(
                "| 3 | 6 | FRA Richard Sainct | KTM | Gauloises KTM | +1:20:25 |",
                "| 3 | 6 | FRA Richard Sainct | KTM | Gauloi");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer.read(ImportRequest.of(write(dir, "dakar.txt", article), diagnostics));

        Diagnostic error = diagnostics.all().detect(d -> d.severity() == Severity.ERROR);
        assertThat(error.message()).contains("cut off");
        assertThat(error.position().line()).isEqualTo(205);
        var bikesFinal = event.classification("bikes", ClassificationKind.FINAL, null).orElseThrow().rows();
        assertThat(bikesFinal).hasSize(10);
        assertThat(bikesFinal.get(2).entryId()).isEqualTo("bikes-6");
        assertThat(bikesFinal.get(2).time()).isNull();
        assertThat(event.classification("cars", ClassificationKind.FINAL, null).orElseThrow().rows()).hasSize(10);
    }

    @Test
    void pointsAreKeptAndAColumnPodiumDoesNotReadIsSaidNotDropped(@TempDir Path dir) throws Exception {
        String article = SampleArticles.dakar2002Text()
                .replace("| Pos | No. | Rider | Bike | Entrant | Time |",
                        "| Pos | No. | Rider | Bike | Entrant | Time | Points | Tyres |")
                .replace("| 1 | 1 | ITA Fabrizio Meoni | KTM | KTM Factory Team | 48:00:59 |",
                        "| 1 | 1 | ITA Fabrizio Meoni | KTM | KTM Factory Team | 48:00:59 | 20 | Michelin |");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer.read(ImportRequest.of(write(dir, "dakar.txt", article), diagnostics));
        var bikesFinal = event.classification("bikes", ClassificationKind.FINAL, null).orElseThrow().rows();
        assertThat(bikesFinal).hasSize(10);
        assertThat(bikesFinal.get(0).details().points()).isEqualByComparingTo("20");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("'Tyres'");
            assertThat(d.position().line()).isEqualTo(202);
        });
        assertThat(diagnostics.all()).noneMatch(d -> d.message().contains("'Points'"));
    }

    @Test
    void decomposedAccentsAreReadAsComposed(@TempDir Path dir) throws Exception {
        String decomposed = Normalizer.normalize(SampleArticles.dakar2002Text(), Normalizer.Form.NFD);
        Event event = importer.read(ImportRequest.of(write(dir, "nfd.txt", decomposed), Diagnostics.collector()));
        assertThat(event.entriesById().get("trucks-411").crew().get(1).name()).isEqualTo("Tomáš Tomeček");
    }

    @Test
    void detectsTheArticleFromItsFirstLinesOnly() {
        byte[] head = SampleArticles.dakar2002Text().substring(0, 400).getBytes(StandardCharsets.UTF_8);
        assertThat(importer.detect(new DetectionInput("any-name.dat", false, head, Lists.immutable.empty())))
                .isEqualTo(MatchStrength.FULL_MATCH);
        byte[] wikitext = "{{Infobox rally\n| name = X\n}}\n==Stages==\n".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.detect(new DetectionInput("x.txt", false, wikitext, Lists.immutable.empty())))
                .isEqualTo(MatchStrength.NO_MATCH);
        byte[] csv = "Stage,Date\n1,2 July\n".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.detect(new DetectionInput("x.txt", false, csv, Lists.immutable.empty())))
                .isEqualTo(MatchStrength.NO_MATCH);
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
