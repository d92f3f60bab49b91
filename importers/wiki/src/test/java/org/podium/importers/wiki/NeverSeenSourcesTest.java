package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * Two sources written the way others publish results, neither of which the readers were built
 * from: a Formula One race article in Wikipedia's markup and a rally results site's page of one
 * special stage. Each imports what it holds and says what it left out; none is read wrong.
 */
class NeverSeenSourcesTest {

    @TempDir
    Path dir;

    @Test
    void aGrandPrixKeepsItsClassifiedRetirementsAndSaysWhichPositionsItLacks() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = read("wikitext/grand-prix-written-as-wikipedia.wikitext", diagnostics);

        Classification race = event.classification("race", ClassificationKind.STAGE, "1").orElseThrow();
        ImmutableList<ClassificationRow> rows = race.rows();
        assertThat(name(event, rows.getFirst())).isEqualTo("Max Verstappen");
        assertThat(rows.getFirst().time()).isEqualTo(Duration.parse("PT1H30M17.345S"));
        assertThat(rows.getFirst().details().points()).isEqualByComparingTo(new BigDecimal("26"));
        assertThat(rows.get(1).gap()).isEqualTo(Duration.parse("PT2.256S"));
        assertThat(rows.get(1).time()).isEqualTo(Duration.parse("PT1H30M19.601S"));

        ClassificationRow vettel = row(event, rows, "Sebastian Vettel");
        assertThat(vettel.position()).isEqualTo(14);
        assertThat(vettel.details().lapsBehind()).isEqualTo(1);
        ClassificationRow russell = row(event, rows, "George Russell");
        assertThat(russell.position()).as("'15 | Gearbox': classified, and why he stopped").isEqualTo(15);
        assertThat(russell.status()).isEqualTo(ResultStatus.CLASSIFIED);
        assertThat(russell.details().statusReason()).isEqualTo("Gearbox");
        ClassificationRow perez = row(event, rows, "Sergio Pérez");
        assertThat(perez.status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(perez.position()).isNull();
        assertThat(perez.details().statusReason()).isEqualTo("Oil pressure");
        assertThat(perez.details().laps()).isEqualTo(55);

        assertThat(race.complete()).as("positions 5 to 13 are not in the table").isFalse();
        assertThat(event.classification("race", ClassificationKind.FINAL, null).orElseThrow().complete()).isFalse();
        assertThat(messages(diagnostics, Severity.WARNING)).containsExactlyInAnyOrder(
                "not imported: the table under 'Classification › Qualifying' ranks 'Qualifying', not a race (2 rows)",
                "not imported: the table under 'Classification › Championship standings after the race › Drivers'"
                        + " Championship standings' ranks 'Championship standings after the race', not a race (2 rows)",
                "the stage classification of race, stage 1 has no crew at position 5–13; it is read as incomplete");
        assertThat(event.notes()).extracting(Note::text)
                .as("'Source:' and ';Notes' announce what follows; they are no notes")
                .containsExactly("Includes one point for fastest lap.",
                        "Fastest lap: NED Max Verstappen (Red Bull Racing-Honda) – 1:26.103 (lap 39)",
                        "Race result");
    }

    @Test
    void aRallySitesStagePageReadsGapsToTheLeaderNeverGapsToTheCrewAhead() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = read("html/rally-stage-results-site.html", diagnostics);

        assertThat(event.name()).isEqualTo("Rally de Portugal 2024");
        assertThat(event.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.label()).as("from the heading 'SS7 Ponte de Lima 1 - 19.93 km'").isEqualTo("7");
            assertThat(stage.distanceKm()).isEqualByComparingTo("19.93");
        });
        assertThat(event.categories()).extracting(c -> c.name()).containsExactly("Race");
        ImmutableList<ClassificationRow> rows = event.classification("race", ClassificationKind.STAGE, "7")
                .orElseThrow().rows();
        assertThat(rows.getFirst().time()).isEqualTo(Duration.parse("PT12M41.3S"));
        assertThat(event.entriesById().get(rows.getFirst().entryId()).crew()).containsExactly(
                new Person("Sébastien Ogier", "FRA"), new Person("Vincent Landais", "FRA"));
        assertThat(event.entriesById().get(rows.getFirst().entryId()).number()).isEqualTo(17);
        ClassificationRow tanak = rows.get(2);
        assertThat(name(event, tanak)).isEqualTo("Ott Tänak");
        assertThat(tanak.gap()).as("Diff. first, not Diff. prev. (2.9)").isEqualTo(Duration.parse("PT4.6S"));
        ClassificationRow solberg = rows.get(4);
        assertThat(event.entriesById().get(solberg.entryId()).crew())
                .containsExactly(new Person("Oliver Solberg", "SWE"), new Person("Elliott Edmondson", "GBR"));
        assertThat(event.entriesById().get(solberg.entryId()).vehicleClass()).isEqualTo("Rally2");
        assertThat(rows.getLast().status()).isEqualTo(ResultStatus.NOT_STARTED);
        assertThat(event.classification("race", ClassificationKind.FINAL, null))
                .as("one special stage of a rally is not the rally's final standings").isEmpty();
        assertThat(messages(diagnostics, Severity.WARNING)).containsExactly("the column 'Diff. prev.' gives each"
                + " crew's gap to the one ahead, not to the leader; not imported: the gaps come from the times and the"
                + " gap column");
    }

    @Test
    void aCyclingSitesStagePageReadsItsHiddenSortCopiesAsNothingAndItsDittoAsTheSameTime() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = read("html/cycling-stage-results-site.html", diagnostics);

        assertThat(event.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.label()).isEqualTo("3");
            assertThat(stage.distanceKm()).isEqualByComparingTo("186");
        });
        ImmutableList<ClassificationRow> rows = event.classification("race", ClassificationKind.STAGE, "3")
                .orElseThrow().rows();
        assertThat(rows.collect(ClassificationRow::position)).containsExactly(1, 2, 3, 4, null);
        assertThat(rows.getFirst().time()).as("4:28:33 once, not '4:28:334:28:33'")
                .isEqualTo(Duration.parse("PT4H28M33S"));
        assertThat(rows.getFirst().details().points()).isEqualByComparingTo("40");
        assertThat(rows.get(1).time()).as("the winner's time plus 0:02").isEqualTo(Duration.parse("PT4H28M35S"));
        assertThat(rows.get(2).gap()).as(",, is the time of the rider above").isEqualTo(Duration.parse("PT2S"));
        assertThat(rows.get(3).gap()).isEqualTo(Duration.parse("PT15S"));
        assertThat(rows.getLast().status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(event.entriesById().get(rows.getFirst().entryId()).number()).isEqualTo(21);
        assertThat(event.entriesById().get(rows.getFirst().entryId()).entrant()).isEqualTo("UAE Team Emirates");
        assertThat(messages(diagnostics, Severity.WARNING)).containsExactly(
                "the column 'GC' is not one Podium reads in a race's result; its values were not imported",
                "the column 'Timelag' is not one Podium reads in a race's result; its values were not imported",
                "the column 'Specialty' is not one Podium reads in a race's result; its values were not imported",
                "the column 'Age' is not one Podium reads in a race's result; its values were not imported",
                "the column 'UCI' is not one Podium reads in a race's result; its values were not imported");
    }

    private Event read(String resource, Diagnostics.Collector diagnostics) throws Exception {
        Path file = dir.resolve(resource.substring(resource.indexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            Files.copy(in, file);
        }
        Event event = new WikiImporter().read(ImportRequest.of(file, diagnostics));
        assertThat(messages(diagnostics, Severity.ERROR)).isEmpty();
        return event;
    }

    private static ImmutableList<String> messages(Diagnostics.Collector diagnostics, Severity severity) {
        return diagnostics.all().select(d -> d.severity() == severity).collect(Diagnostic::message).toImmutable();
    }

    private static String name(Event event, ClassificationRow row) {
        return event.entriesById().get(row.entryId()).crew().getFirst().name();
    }

    private static ClassificationRow row(Event event, ImmutableList<ClassificationRow> rows, String name) {
        return rows.detect(r -> name(event, r).equals(name));
    }
}
