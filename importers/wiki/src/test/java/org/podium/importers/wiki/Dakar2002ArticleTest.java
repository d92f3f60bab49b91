package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.NoteTable;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Stage;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;
import org.podium.testkit.SampleArticles;

/** The bundled 2002 Dakar article, every trap of seed.md, checked against the source by hand. */
class Dakar2002ArticleTest {

    private static Event event;
    private static Diagnostics.Collector diagnostics;

    @BeforeAll
    static void read(@TempDir Path dir) throws Exception {
        diagnostics = Diagnostics.collector();
        event = new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(dir), diagnostics));
    }

    @Test
    void readsTheEventItself() {
        assertThat(event.name()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
        assertThat(event.edition()).isEqualTo("24");
        assertThat(event.startDate()).isEqualTo(LocalDate.of(2001, 12, 28));
        assertThat(event.finishDate()).isEqualTo(LocalDate.of(2002, 1, 13));
        assertThat(event.description()).startsWith("The 2002 Dakar Rally, also known as")
                .endsWith("won by Fabrizio Meoni for the second successive year.");
        assertThat(event.property("Country")).contains("FRA, ESP, MAR, / Western Sahara, , SEN");
        assertThat(event.routeCountries()).containsExactly("FRA", "ESP", "MAR", "Western Sahara", "SEN");
        assertThat(event.property("Driver3")).contains("RUS Vladimir Chagin, RUS Semen Yakubov, RUS Sergey Savostin");
        assertThat(event.properties().collect(p -> p.key()))
                .as("'- Source:' lines under tables are not infobox entries")
                .doesNotContain("Source");
    }

    @Test
    void motorcyclesAndBikesAreOneCategory() {
        assertThat(event.categories().collect(c -> c.id())).containsExactly("bikes", "cars", "trucks");
        assertThat(event.category("bikes").orElseThrow().aliases()).containsExactly("Motorcycles");
    }

    @Test
    void readsTheItinerary() {
        assertThat(event.stages()).hasSize(17);
        assertThat(event.numberedStages().collect(Stage::label))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");

        Stage first = event.stages().get(0);
        assertThat(first.start()).isEqualTo(new Place("Arras", "FRA"));
        assertThat(first.finish()).isEqualTo(new Place("Châteauroux", "FRA"));
        assertThat(first.distanceKm()).isEqualTo(new BigDecimal("465"));
        assertThat(first.type()).isEqualTo(StageTypes.LIAISON);
        assertThat(first.categories().collect(c -> c.status())).containsOnly(StageStatus.LIAISON).hasSize(3);

        Stage rest = event.stages().get(9);
        assertThat(rest.isRestDay()).isTrue();
        assertThat(rest.ordinal()).isEqualTo(10);
        assertThat(rest.date()).isEqualTo(LocalDate.of(2002, 1, 6));
        assertThat(rest.start()).isEqualTo(new Place("Atar", null));
        assertThat(rest.finish()).isNull();

        assertThat(event.stage("8").orElseThrow().finish()).isEqualTo(new Place("Zouerat", null));
        assertThat(event.stage("4").orElseThrow().date()).isEqualTo(LocalDate.of(2001, 12, 31));
        assertThat(event.stage("5").orElseThrow().date()).isEqualTo(LocalDate.of(2002, 1, 1));
    }

    @Test
    void loopStagesFinishWhereTheyStart() {
        assertThat(event.stage("10").orElseThrow()).extracting(Stage::start, Stage::finish, Stage::distanceKm)
                .containsExactly(new Place("Atar", null), new Place("Atar", null), new BigDecimal("404"));
        assertThat(event.stage("13").orElseThrow()).extracting(Stage::start, Stage::finish, Stage::distanceKm)
                .containsExactly(new Place("Tichit", null), new Place("Tichit", null), new BigDecimal("450"));
        assertThat(event.stage("16").orElseThrow()).extracting(Stage::start, Stage::finish, Stage::distanceKm)
                .containsExactly(new Place("Dakar", "SEN"), new Place("Dakar", "SEN"), new BigDecimal("69"));
        assertThat(event.stages().select(Stage::isLoop).collect(Stage::label)).containsExactly("10", "13", "16");
    }

    @Test
    void stagesCancelledForTrucksOnly() {
        for (String label : new String[] {"2", "4"}) {
            Stage stage = event.stage(label).orElseThrow();
            assertThat(stage.forCategory("trucks").orElseThrow().status()).isEqualTo(StageStatus.CANCELLED);
            assertThat(stage.forCategory("bikes").orElseThrow().status()).isEqualTo(StageStatus.RUN);
            assertThat(stage.forCategory("cars").orElseThrow().status()).isEqualTo(StageStatus.RUN);
        }
    }

    @Test
    void reportedWinnersAsTheItineraryWritesThem() {
        assertThat(event.stage("2").orElseThrow().forCategory("bikes").orElseThrow().reportedWinner())
                .isEqualTo("P. Quinonero");
        assertThat(event.stage("12").orElseThrow().forCategory("cars").orElseThrow().reportedWinner())
                .isEqualTo("J-P. Fontenay");
        assertThat(event.stage("5").orElseThrow().forCategory("trucks").orElseThrow().reportedWinner())
                .isEqualTo("J. de Rooy");
    }

    @Test
    void everyStageAndGeneralRowAndEveryFinalRow() {
        long stageAndGeneral = event.classifications().reject(c -> c.kind() == ClassificationKind.FINAL)
                .sumOfInt(c -> c.rows().size());
        long finals = event.classifications().select(c -> c.kind() == ClassificationKind.FINAL)
                .sumOfInt(c -> c.rows().size());
        assertThat(stageAndGeneral).isEqualTo(258);
        assertThat(finals).isEqualTo(30);
        assertThat(event.classificationsOf("trucks").count(c -> c.kind() == ClassificationKind.STAGE)).isEqualTo(13);
        assertThat(event.classificationsOf("bikes").count(c -> c.kind() == ClassificationKind.GENERAL)).isEqualTo(15);
        assertThat(event.classifications()).allMatch(c -> !c.complete(), "Wikipedia gives only the leaders");
    }

    @Test
    void theTieAfterStage3SharesFirstPlace() {
        assertThat(rows("bikes", ClassificationKind.GENERAL, "3"))
                .extracting(r -> r.position(), r -> name(r), r -> Times.format(r.time()), r -> r.gap())
                .containsExactly(
                        tuple(1, "Cyril Despres", "0:32:38", null),
                        tuple(1, "Nani Roma", "0:32:38", null),
                        tuple(3, "Kari Tiainen", "0:32:59", Duration.ofSeconds(21)));
        assertThat(diagnostics.all()).anyMatch(d -> d.message().contains("Nani Roma is tied")
                && d.position().line() == 52);
    }

    @Test
    void stageRowsHaveTheirGaps() {
        assertThat(rows("bikes", ClassificationKind.STAGE, "3"))
                .extracting(r -> r.position(), r -> name(r), r -> Times.format(r.time()), r -> r.gap())
                .containsExactly(
                        tuple(1, "Richard Sainct", "0:26:06", null),
                        tuple(2, "Cyril Despres", "0:26:10", Duration.ofSeconds(4)),
                        tuple(3, "Nani Roma", "0:26:11", Duration.ofSeconds(5)));
        assertThat(rows("cars", ClassificationKind.GENERAL, "7").getFirst())
                .extracting(r -> name(r), r -> Times.format(r.time()))
                .containsExactly("Hiroshi Masuoka", "8:03:39");
    }

    @Test
    void oneEntryPerCrewAcrossEveryTable() {
        Entry masuoka = event.entriesById().get("cars-201");
        assertThat(masuoka.crew()).containsExactly(new Person("Hiroshi Masuoka", "JPN"), new Person("Pascal Maimon", "FRA"));
        assertThat(masuoka.entrant()).isEqualTo("Team Nippon Oil Mitsubishi Ralliart");
        assertThat(masuoka.make()).isEqualTo("Mitsubishi");
        assertThat(event.classifications().select(c -> c.kind() == ClassificationKind.STAGE)
                .count(c -> c.rows().getFirst().entryId().equals("cars-201"))).isEqualTo(5);
        assertThat(rows("cars", ClassificationKind.FINAL, null).getFirst())
                .extracting(ClassificationRow::entryId, r -> Times.format(r.time()), ClassificationRow::timeDerived)
                .containsExactly("cars-201", "46:11:30", false);
        assertThat(event.entries().count(e -> e.driver().name().equals("Hiroshi Masuoka"))).isEqualTo(1);
    }

    @Test
    void finalTotalsAreDerivedExactlyFromTheGaps() {
        assertThat(rows("cars", ClassificationKind.FINAL, null).get(1))
                .extracting(r -> name(r), r -> Times.format(r.time()), r -> Times.format(r.gap()), r -> r.timeDerived())
                .containsExactly("Jutta Kleinschmidt", "46:33:31", "0:22:01", true);
        assertThat(rows("bikes", ClassificationKind.FINAL, null).getFirst())
                .extracting(r -> name(r), r -> Times.format(r.time()))
                .containsExactly("Fabrizio Meoni", "48:00:59");
        assertThat(rows("trucks", ClassificationKind.FINAL, null).getFirst())
                .extracting(r -> name(r), r -> Times.format(r.time()))
                .containsExactly("Vladimir Chagin", "65:12:14");
        assertThat(rows("trucks", ClassificationKind.FINAL, null).getLast())
                .extracting(r -> r.position(), r -> name(r), r -> Times.format(r.time()))
                .containsExactly(10, "André de Azevedo", "88:52:48");
    }

    @Test
    void crewsOfOneToThreeWithNationalities() {
        assertThat(event.entriesById().get("bikes-65").crew()).containsExactly(new Person("Pål Anders Ullevålseter", "NOR"));
        assertThat(event.entriesById().get("cars-jean-louis-schlesser").crew())
                .containsExactly(new Person("Jean-Louis Schlesser", "FRA"), new Person("Henri Magne", "AND"));
        assertThat(event.entriesById().get("trucks-411").crew()).containsExactly(
                new Person("André de Azevedo", "BRA"), new Person("Tomáš Tomeček", "CZE"),
                new Person("Jaromír Martinec", "CZE"));
        assertThat(event.entriesById().get("trucks-410").crew().collect(Person::name))
                .containsExactly("Jan de Rooy", "Gérard de Rooy", "Yvo Geusens");
        assertThat(event.entriesById().get("cars-241").crew().getFirst()).isEqualTo(new Person("Saeed Al-Hajri", "QAT"));
    }

    @Test
    void theFinalStandingsNameTheMakeButRowsKeepTheirOwn() {
        assertThat(event.entriesById().get("trucks-408").make()).isEqualTo("Tatra 815");
        assertThat(rows("trucks", ClassificationKind.STAGE, "7").get(1))
                .extracting(ClassificationRow::entryId, ClassificationRow::make)
                .containsExactly("trucks-408", "Tatra");
        assertThat(event.entries().count(e -> e.number() != null)).isEqualTo(30);
        assertThat(event.entriesById().get("bikes-nani-roma").number()).isNull();
    }

    @Test
    void notesStayBesideTheirTablesAndTheirNumbersBecomeData() {
        assertThat(event.notes()).extracting(n -> n.id(), n -> n.table(), n -> n.categoryId())
                .containsExactly(
                        tuple("n1", NoteTable.ITINERARY, "trucks"),
                        tuple("n2", NoteTable.STAGE_RESULTS, "cars"),
                        tuple("n3", NoteTable.STAGE_RESULTS, "cars"),
                        tuple("n4", NoteTable.STAGE_RESULTS, "trucks"));
        assertThat(event.penalties()).extracting(p -> p.entryId(), p -> p.stageLabel(), p -> p.time(), p -> p.noteId())
                .containsExactly(
                        tuple("cars-stephane-peterhansel", null, Duration.ofMinutes(14), "n2"),
                        tuple("cars-gregoire-de-mevius", null, Duration.ofMinutes(18), "n3"));
        assertThat(event.penalties().getFirst().reason()).isEqualTo("speeding in the liaison section");
        assertThat(event.awardedTimes()).extracting(a -> a.categoryId(), a -> a.stageLabel(), a -> a.time(), a -> a.noteId())
                .containsExactly(tuple("trucks", null, Duration.ofMinutes(50), "n4"));
    }

    @Test
    void theSampleReadsCleanly() {
        assertThat(diagnostics.all()).allMatch(d -> d.severity() == Severity.INFO, "only information: "
                + diagnostics.all().collect(Diagnostic::describe).makeString("\n"));
    }

    private static org.eclipse.collections.api.list.ImmutableList<ClassificationRow> rows(String category,
            ClassificationKind kind, String stage) {
        Classification classification = event.classification(category, kind, stage).orElseThrow();
        return classification.rows();
    }

    private static String name(ClassificationRow row) {
        return event.entriesById().get(row.entryId()).driver().name();
    }
}
