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
import org.podium.check.ConsistencyChecks;
import org.podium.check.FindingSeverity;
import org.podium.model.Category;
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
 * Sources written the way others publish results, none of which the readers were built from: a
 * Formula One race article in Wikipedia's markup, a rally results site's page of one special
 * stage and of the results by class, a cycling site's stage. Each imports what it holds and says
 * what it left out; none is read wrong.
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

    @Test
    void aRallySitesClassTableKeepsClassPositionsAndClassGapsApartFromTheOverallOnes() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = read("html/rally-class-results-site.html", diagnostics);

        assertThat(event.categories().collect(Category::name)).containsExactly("RC2", "RC4");
        Classification rc2 = event.classification("rc2", ClassificationKind.FINAL, null).orElseThrow();
        assertThat(rc2.complete()).as("a class table is part of the overall classification").isFalse();
        assertThat(rc2.rows().collect(ClassificationRow::position)).as("overall positions, from the brackets")
                .containsExactly(10, 14, 15, null);
        assertThat(rc2.rows().collect(r -> r.details().classPosition())).containsExactly(1, 2, 3, null);
        assertThat(rc2.rows().collect(ClassificationRow::gap)).as("no gap to the overall leader is known")
                .containsOnlyNulls();
        assertThat(rc2.rows().collect(r -> name(event, r))).containsExactly("Oliver Solberg", "Yohan Rossel",
                "Nikolay Gryazin", "Andreas Mikkelsen");
        ClassificationRow gryazin = row(event, rc2.rows(), "Nikolay Gryazin");
        assertThat(gryazin.details().classGap()).isEqualTo(Duration.parse("PT30S"));
        assertThat(gryazin.time()).as("the class leader's 2:50:00.0 plus 30.0").isEqualTo(Duration.parse("PT2H50M30S"));
        assertThat(gryazin.timeDerived()).isTrue();
        ClassificationRow mikkelsen = row(event, rc2.rows(), "Andreas Mikkelsen");
        assertThat(mikkelsen.status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(mikkelsen.details().statusReason()).isEqualTo("Suspension");
        assertThat(event.entriesById().get(gryazin.entryId()).vehicleClass()).isEqualTo("RC2");

        ClassificationRow hermanova = event.classification("rc4", ClassificationKind.FINAL, null).orElseThrow()
                .rows().get(1);
        assertThat(name(event, hermanova)).isEqualTo("Laura Heřmanová");
        assertThat(hermanova.position()).isEqualTo(33);
        assertThat(hermanova.details().classGap()).isEqualTo(Duration.parse("PT1M21.2S"));
        assertThat(hermanova.time()).isEqualTo(Duration.parse("PT3H7M2.9S"));
        assertThat(ConsistencyChecks.of(event)).noneMatch(f -> f.severity() == FindingSeverity.CONTRADICTION);
        assertThat(messages(diagnostics, Severity.WARNING)).as("holes in the overall positions are expected here")
                .isEmpty();
        assertThat(messages(diagnostics, Severity.INFO)).anySatisfy(m -> assertThat(m).startsWith(
                "the Pos column writes positions such as '1. (10.)': the class position, then the overall one"));
    }

    @Test
    void aRallyArticlesPositionOverEventAndClassGivesBothPositionsAndTheClassTablesGapsAreClassGaps()
            throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = read("wikitext/rally-article-by-class.wikitext", diagnostics);

        assertThat(event.categories().collect(Category::name)).containsExactly("WRC Rally1", "WRC2 Rally2");
        ImmutableList<ClassificationRow> rally1 = event.classification("wrc-rally1", ClassificationKind.FINAL, null)
                .orElseThrow().rows();
        assertThat(rally1.collect(r -> name(event, r))).containsExactly("Elfyn Evans", "Thierry Neuville",
                "Sébastien Ogier", "Kalle Rovanperä");
        assertThat(rally1.collect(ClassificationRow::position)).containsExactly(1, 2, 3, null);
        assertThat(rally1.collect(r -> r.details().classPosition())).containsExactly(1, 2, 3, null);
        assertThat(rally1.get(1).gap()).isEqualTo(Duration.parse("PT32.1S"));
        assertThat(rally1.getFirst().details().points()).isEqualByComparingTo("25");
        assertThat(event.entriesById().get(rally1.getFirst().entryId()).vehicleClass())
                .as("'Class' under 'Position' is a class position, not the car's class").isNull();
        assertThat(rally1.getLast().status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(rally1.getLast().details().statusReason()).isEqualTo("SS19: Accident");

        Classification wrc2 = event.classification("wrc2-rally2", ClassificationKind.FINAL, null).orElseThrow();
        assertThat(wrc2.rows().collect(ClassificationRow::position)).containsExactly(8, 9);
        assertThat(wrc2.rows().collect(r -> r.details().classPosition())).containsExactly(1, 2);
        assertThat(wrc2.rows().get(1).gap()).as("+21.6 is to Pajari, not to the overall winner").isNull();
        assertThat(wrc2.rows().get(1).details().classGap()).isEqualTo(Duration.parse("PT21.6S"));
        assertThat(wrc2.complete()).isFalse();
        assertThat(messages(diagnostics, Severity.WARNING)).isEmpty();
        assertThat(ConsistencyChecks.of(event)).noneMatch(f -> f.severity() == FindingSeverity.CONTRADICTION);
    }

    @Test
    void theDakarSitesStageRankingKeepsPenaltiesAndTheRouteOfItsHeading() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = read("html/dakar-stage-results-site.html", diagnostics);

        assertThat(event.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.label()).isEqualTo("5");
            assertThat(stage.start().name()).isEqualTo("Al Duwadimi");
            assertThat(stage.finish().name()).isEqualTo("Hail");
        });
        assertThat(event.categories().collect(Category::id)).containsExactly("cars");
        ImmutableList<ClassificationRow> rows = event.classification("cars", ClassificationKind.STAGE, "5")
                .orElseThrow().rows();
        assertThat(rows.collect(r -> name(event, r))).containsExactly("S. LOEB", "C. SAINZ", "M. EKSTRÖM",
                "N. AL-ATTIYAH");
        assertThat(rows.getFirst().time()).isEqualTo(Duration.parse("PT4H18M37S"));
        assertThat(rows.get(1).gap()).isEqualTo(Duration.parse("PT3M34S"));
        assertThat(rows.collect(ClassificationRow::penalty)).containsExactly(null, Duration.ofMinutes(1), null,
                Duration.ofMinutes(10));
        assertThat(messages(diagnostics, Severity.WARNING)).containsExactly(
                "the column 'VARIATION' is not one Podium reads in a race's result; its values were not imported");
    }

    @Test
    void aPageCutShortSaysItsLastRowHasNoTimeAndAHugeHeaderIsNamedInAFewWords() throws Exception {
        Path cut = dir.resolve("cut.html");
        Files.writeString(cut, "<html><body><h2>Results</h2><table><tr><th>Pos</th><th>Rider</th><th>Time</th></tr>\n"
                + "<tr><td>1</td><td>Tadej Pogačar</td><td>4:28:33</td></tr>\n<tr><td>2</td><td>Jonas Vin");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = new WikiImporter().read(ImportRequest.of(cut, diagnostics));

        assertThat(event.classifications().getFirst().rows()).hasSize(2);
        assertThat(messages(diagnostics, Severity.WARNING)).containsExactly("1 classified row has no time (line 3);"
                + " kept with its position and no time: if the source was cut short, check it");

        Path wide = dir.resolve("wide.wikitext");
        Files.writeString(wide, "{|\n! " + "H !! ".repeat(3000) + "H\n|-\n| " + "x || ".repeat(3000) + "x\n|}\n");
        Diagnostics.Collector wideDiagnostics = Diagnostics.collector();
        try {
            new WikiImporter().read(ImportRequest.of(wide, wideDiagnostics));
        } catch (org.podium.spi.ImportException noRace) {
            assertThat(noRace.getMessage()).contains("found no race tables");
        }
        assertThat(wideDiagnostics.all()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).hasSizeLessThan(300));
        assertThat(messages(wideDiagnostics, Severity.WARNING)).singleElement().asString().contains("… 2989 more columns");
    }

    @Test
    void bracketsThatAreNeverLargerAreClassPositionsAfterTheOverallOnes() throws Exception {
        Path file = dir.resolve("overall.txt");
        Files.writeString(file, """
                | Pos | No | Driver | Class | Time |
                | 1. (1.) | 1 | Ott Tänak | RC1 | 2:45:10.3 |
                | 2. (1.) | 21 | Oliver Solberg | RC2 | +4:49.7 |
                | 3. (2.) | 3 | Elfyn Evans | RC1 | +5:00.0 |
                """);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = new WikiImporter().read(ImportRequest.of(file, diagnostics));

        ImmutableList<ClassificationRow> rows = event.classifications().getFirst().rows();
        assertThat(rows.collect(ClassificationRow::position)).containsExactly(1, 2, 3);
        assertThat(rows.collect(r -> r.details().classPosition())).containsExactly(1, 1, 2);
        assertThat(rows.get(1).gap()).as("an overall gap").isEqualTo(Duration.parse("PT4M49.7S"));
        assertThat(rows.get(1).time()).isEqualTo(Duration.parse("PT2H50M"));
    }

    @Test
    void aCrewOnOneLineIsSplitAtItsSlashAndEachMemberKeepsTheFlagBeforeIt() throws Exception {
        Path file = dir.resolve("crews.html");
        Files.writeString(file, """
                <html><body><h2>Results</h2><table>
                <tr><th>Pos</th><th>Driver / Co-driver</th><th>Car</th><th>Time</th></tr>
                <tr><td>1</td><td><img src="nor.png" alt="NOR"> Oliver Solberg / <img src="gbr.png" alt="GBR"> \
                Elliott Edmondson</td><td>Skoda</td><td>1:00:00.0</td></tr>
                <tr><td>2</td><td>Gryazin N. / Aleksandrov K.</td><td>Skoda</td><td>1:00:20.0</td></tr>
                </table></body></html>
                """);
        Event event = new WikiImporter().read(ImportRequest.of(file, Diagnostics.collector()));

        ImmutableList<ClassificationRow> rows = event.classifications().getFirst().rows();
        assertThat(event.entriesById().get(rows.getFirst().entryId()).crew()).containsExactly(
                new Person("Oliver Solberg", "NOR"), new Person("Elliott Edmondson", "GBR"));
        assertThat(event.entriesById().get(rows.get(1).entryId()).crew()).containsExactly(
                new Person("Gryazin N.", null), new Person("Aleksandrov K.", null));
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
