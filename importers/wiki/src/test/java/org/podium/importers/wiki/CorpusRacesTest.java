package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.Stage;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * Every wikitext and HTML file of the corpus (Wikipedia, CC BY-SA; copies under
 * src/test/resources) imported as a user would, with values read from each source: winners,
 * times, gaps, statuses, nationalities, laps, grid and points. None gives a false contradiction.
 */
class CorpusRacesTest {

    @TempDir
    Path dir;

    @Test
    void formula2MelbourneIsTwoRacesWithLapsGridAndPoints() throws Exception {
        Event event = read("wikitext/2026-melbourne-formula-2-round.wikitext");
        assertThat(event.name()).isEqualTo("2026 Melbourne FIA Formula 2 round");
        assertThat(event.stages()).extracting(Stage::label, Stage::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sprint", StageTypes.RACE),
                        org.assertj.core.groups.Tuple.tuple("Feature", StageTypes.RACE));
        ImmutableList<ClassificationRow> sprint = rows(event, "race", ClassificationKind.STAGE, "Sprint");
        assertThat(sprint).hasSize(22);
        ClassificationRow winner = sprint.getFirst();
        assertThat(crew(event, winner)).containsExactly(new Person("Joshua Dürksen", "PAR"));
        assertThat(winner.time()).isEqualTo(Duration.parse("PT39M9.726S"));
        assertThat(winner.details().laps()).isEqualTo(23);
        assertThat(winner.details().grid()).isEqualTo(2);
        assertThat(winner.details().points()).isEqualByComparingTo("10");
        assertThat(sprint.get(1).gap()).isEqualTo(Duration.parse("PT2.139S"));
        assertThat(sprint.get(1).time()).isEqualTo(Duration.parse("PT39M11.865S"));
        assertThat(sprint.get(1).timeDerived()).isTrue();
        ClassificationRow boya = sprint.getLast();
        assertThat(crew(event, boya)).containsExactly(new Person("Mari Boya", "ESP"));
        assertThat(boya.status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(boya.position()).isNull();
        assertThat(boya.details().statusReason()).isEqualTo("Accident");
        assertThat(boya.details().laps()).isEqualTo(13);
        ImmutableList<ClassificationRow> feature = rows(event, "race", ClassificationKind.STAGE, "Feature");
        assertThat(crew(event, feature.getFirst()).getFirst().name()).isEqualTo("Nikola Tsolov");
        assertThat(feature.getFirst().details().points()).isEqualByComparingTo("25");
        assertThat(feature.get(2).details().points()).as("15+1: a bonus point for the fastest lap")
                .isEqualByComparingTo(new BigDecimal("16"));
        assertThat(event.classification("race", ClassificationKind.FINAL, null))
                .as("two races, and the round's result is points, not a time").isEmpty();
        assertNoContradiction(event);
    }

    @Test
    void tablesLeftOutAreSaidOneWarningATableWithWhereAndHowManyRows() throws Exception {
        Path file = copy("wikitext/2026-melbourne-formula-2-round.wikitext");
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        new WikiImporter().read(ImportRequest.of(file, diagnostics));
        assertThat(diagnostics.all()).filteredOn(d -> d.message().startsWith("not imported"))
                .allMatch(d -> d.severity() == Severity.WARNING)
                .extracting(d -> d.position().line(), d -> d.message())
                .contains(org.assertj.core.groups.Tuple.tuple(68, "not imported: the table under 'Classification ›"
                        + " Qualifying' ranks 'Qualifying', not a race (24 rows)"));
    }

    @Test
    void theTimeTrialReadsMinutesSecondsAndHundredths() throws Exception {
        Event event = read("wikitext/2023-uci-road-world-championships-mens-time-trial.wikitext");
        assertThat(event.name()).isEqualTo("2023 UCI Road World Championships – Men's time trial");
        ImmutableList<ClassificationRow> result = rows(event, "men-s-time-trial", ClassificationKind.FINAL, null);
        assertThat(crew(event, result.getFirst())).containsExactly(new Person("Remco Evenepoel", "BEL"));
        assertThat(result.getFirst().time()).isEqualTo(Duration.parse("PT55M19.23S"));
        assertThat(result.get(1).gap()).isEqualTo(Duration.parse("PT12.28S"));
        assertThat(result.get(1).time()).isEqualTo(Duration.parse("PT55M31.51S"));
        assertThat(result.count(r -> r.status() == ResultStatus.CLASSIFIED)).isEqualTo(77);
        assertThat(result.getLast().status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(event.entries().flatCollect(Entry::crew).detect(p -> p.name().equals("Amir Arsalan Ansari")))
                .as("the refugee team's code in brackets").isEqualTo(new Person("Amir Arsalan Ansari", "REF"));
        assertNoContradiction(event);
    }

    @Test
    void theRoadRaceReadsSameTimeAndItsNonFinishersTable() throws Exception {
        Event event = read("wikitext/2025-uci-road-world-championships-mens-road-race.wikitext");
        ImmutableList<ClassificationRow> result = rows(event, "men-s-road-race", ClassificationKind.FINAL, null);
        assertThat(crew(event, result.getFirst())).containsExactly(new Person("Tadej Pogačar", "SLO"));
        assertThat(result.getFirst().time()).isEqualTo(Duration.parse("PT6H21M20S"));
        assertThat(result.get(1).gap()).isEqualTo(Duration.parse("PT1M28S"));
        // Isaac del Toro, 7th, "s.t.": the time of the rider ahead.
        assertThat(result.get(6).position()).isEqualTo(7);
        assertThat(result.get(6).time()).isEqualTo(result.get(5).time());
        assertThat(result.count(r -> r.status() == ResultStatus.CLASSIFIED)).isEqualTo(30);
        assertThat(result.count(r -> r.status() == ResultStatus.RETIRED)).isEqualTo(134);
        assertThat(result.count(r -> r.status() == ResultStatus.NOT_STARTED)).isEqualTo(1);
        assertNoContradiction(event);
    }

    @Test
    void theMotoGpRoundIsThreeClassesOfOneRace() throws Exception {
        Event event = read("html/2008-malaysian-motorcycle-grand-prix.html");
        assertThat(event.categories()).extracting(Category::name).containsExactly("MotoGP", "250cc", "125cc");
        ImmutableList<ClassificationRow> motoGp = rows(event, "motogp", ClassificationKind.FINAL, null);
        assertThat(crew(event, motoGp.getFirst())).containsExactly(new Person("Valentino Rossi", "Italy"));
        assertThat(entry(event, motoGp.getFirst()).make()).isEqualTo("Yamaha");
        assertThat(motoGp.getFirst().time()).isEqualTo(Duration.parse("PT43M6.007S"));
        assertThat(motoGp.getFirst().details().grid()).isEqualTo(2);
        assertThat(motoGp.getFirst().details().points()).isEqualByComparingTo("25");
        assertThat(motoGp.get(1).gap()).isEqualTo(Duration.parse("PT4.008S"));
        assertThat(motoGp.count(r -> r.status() == ResultStatus.RETIRED)).isEqualTo(2);
        ImmutableList<ClassificationRow> smallest = rows(event, "125cc", ClassificationKind.FINAL, null);
        assertThat(smallest).hasSize(35);
        assertThat(smallest.count(r -> r.status() == ResultStatus.NOT_STARTED)).isEqualTo(3);
        assertThat(event.stages().getOnly().date()).hasToString("2008-10-19");
        assertNoContradiction(event);
    }

    @Test
    void theTourHasItsItineraryAndAGeneralClassificationWithoutItsDisqualifiedWinner() throws Exception {
        Event event = read("html/2006-tour-de-france.html");
        assertThat(event.numberedStages()).hasSize(21);
        Stage prologue = event.numberedStages().getFirst();
        assertThat(prologue.label()).isEqualTo("P");
        assertThat(prologue.type()).isEqualTo(StageTypes.PROLOGUE);
        assertThat(prologue.distanceKm()).isEqualByComparingTo("7.1");
        assertThat(prologue.date()).hasToString("2006-07-01");
        ImmutableList<ClassificationRow> gc = rows(event, event.categories().getOnly().id(), ClassificationKind.FINAL,
                null);
        assertThat(crew(event, gc.getFirst()).getFirst().name()).isEqualTo("Floyd Landis");
        assertThat(gc.getFirst().status()).isEqualTo(ResultStatus.DISQUALIFIED);
        ClassificationRow pereiro = gc.get(1);
        assertThat(crew(event, pereiro)).containsExactly(new Person("Óscar Pereiro", "ESP"));
        assertThat(pereiro.position()).isEqualTo(1);
        assertThat(pereiro.time()).isEqualTo(Duration.parse("PT89H40M27S"));
        assertThat(gc.get(2).time()).as("Klöden: +0' 32\" behind Pereiro, not behind Landis")
                .isEqualTo(Duration.parse("PT89H40M59S"));
        assertThat(gc.getLast().position()).isEqualTo(136);
        assertThat(gc.count(r -> r.status() == ResultStatus.DISQUALIFIED)).isEqualTo(4);
        assertNoContradiction(event);
    }

    @Test
    void theHalfMarathonHasIndividualAndTeamResults() throws Exception {
        Event event = read("html/1995-iaaf-world-half-marathon-championships.html");
        assertThat(event.categories()).extracting(Category::name)
                .containsExactly("Men's", "Women's", "Men's Team", "Women's Team");
        ImmutableList<ClassificationRow> men = rows(event, "men-s", ClassificationKind.FINAL, null);
        assertThat(crew(event, men.getFirst())).containsExactly(new Person("Moses Tanui", "Kenya"));
        assertThat(men.getFirst().time()).isEqualTo(Duration.parse("PT1H1M45S"));
        assertThat(men.count(r -> r.status() == ResultStatus.RETIRED)).isEqualTo(7);
        ImmutableList<ClassificationRow> teams = rows(event, "men-s-team", ClassificationKind.FINAL, null);
        assertThat(crew(event, teams.getFirst())).extracting(Person::name)
                .containsExactly("Moses Tanui", "Paul Yego", "Charles Tangus");
        assertThat(entry(event, teams.getFirst()).entrant()).isEqualTo("Kenya");
        assertThat(teams.getFirst().time()).isEqualTo(Duration.parse("PT3H5M21S"));
        assertNoContradiction(event);
    }

    @Test
    void anAthletesRecordIsNoRaceAndSaysSo() throws Exception {
        Path file = copy("wikitext/athletics-competition-record.wikitext");
        assertThatThrownBy(() -> new WikiImporter().read(ImportRequest.of(file, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("found no race tables");
    }

    private Event read(String resource) throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = new WikiImporter().read(ImportRequest.of(copy(resource), diagnostics));
        assertThat(diagnostics.all()).as("no error reading " + resource).noneMatch(d -> d.severity() == Severity.ERROR);
        return event;
    }

    private Path copy(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            Path file = dir.resolve(resource.substring(resource.indexOf('/') + 1));
            Files.copy(in, file);
            return file;
        }
    }

    private static ImmutableList<ClassificationRow> rows(Event event, String category, ClassificationKind kind,
            String stage) {
        return event.classification(category, kind, stage).orElseThrow().rows();
    }

    private static Entry entry(Event event, ClassificationRow row) {
        return event.entriesById().get(row.entryId());
    }

    private static ImmutableList<Person> crew(Event event, ClassificationRow row) {
        return entry(event, row).crew();
    }

    private static void assertNoContradiction(Event event) {
        assertThat(ConsistencyChecks.of(event)).noneMatch(f -> f.severity() == FindingSeverity.CONTRADICTION);
    }
}
