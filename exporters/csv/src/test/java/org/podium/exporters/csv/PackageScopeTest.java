package org.podium.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.csv.PackageFiles.records;
import static org.podium.exporters.csv.PackageFiles.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.testkit.SampleEvents;

/**
 * The package holds the report's event, the event as known in the run's scope, like every other
 * format: after stage 7 what was known after stage 7, and a penalty the checks place on stage 8
 * only from stage 8 on, marked as inferred.
 */
class PackageScopeTest {

    @Test
    void afterStageSevenTheEighteenMinutesOfDeMeviusAreNotKnownYet(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(PackageFiles.report(DakarCars.event(), "7"), dir.resolve("after-7"));

        assertThat(records(pkg.resolve("penalties.csv"))).as("placed on stage 8, so not known after 7").isEmpty();
        assertThat(text(pkg.resolve("penalties.csv"))).isEqualTo("entry_id,stage,stage_inferred,time,time_ms,reason,note_id\n");
        assertThat(records(pkg.resolve("notes.csv"))).as("the note it comes from neither").isEmpty();
        assertThat(records(pkg.resolve("stages.csv"))).extracting(r -> r.get("stage")).containsExactly("6", "7");
        assertThat(records(pkg.resolve("classifications.csv")))
                .extracting(r -> r.get("classification") + " " + r.get("stage"))
                .containsExactly("general 6", "stage 7", "general 7");
        CSVRecord deMevius = records(pkg.resolve("results.csv")).stream()
                .filter(r -> r.get("classification").equals("general") && r.get("stage").equals("7")
                        && r.get("entry_id").equals(DakarCars.DE_MEVIUS))
                .findFirst().orElseThrow();
        assertThat(deMevius.get("time")).isEqualTo("8:07:40");
        assertThat(deMevius.get("position")).isEqualTo("3");
    }

    @Test
    void afterStageEightThePenaltyIsThereOnStageEightMarkedInferred(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(PackageFiles.report(DakarCars.event(), "8"), dir.resolve("after-8"));

        assertThat(text(pkg.resolve("penalties.csv"))).isEqualTo("""
                entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                cars-gregoire-de-mevius,8,true,0:18:00,1080000,failing to complete the liaison section in the allotted time,n1
                """);
        CSVRecord penalty = records(pkg.resolve("penalties.csv")).get(0);
        assertThat(penalty.get("entry_id")).isEqualTo(DakarCars.DE_MEVIUS);
        assertThat(penalty.get("stage")).isEqualTo("8");
        assertThat(penalty.get("stage_inferred")).isEqualTo("true");
        assertThat(penalty.get("time")).isEqualTo("0:18:00");
        assertThat(penalty.get("time_ms")).isEqualTo("1080000");
        assertThat(records(pkg.resolve("notes.csv"))).extracting(r -> r.get("note_id")).containsExactly("n1");
        assertThat(records(pkg.resolve("results.csv")).stream()
                .filter(r -> r.get("classification").equals("general") && r.get("stage").equals("8"))
                .map(r -> r.get("crew") + " " + r.get("time") + " " + r.get("gap")))
                .containsExactly("Hiroshi Masuoka / Pascal Maimon 10:41:20 ",
                        "Kenjiro Shinozuka / Thierry Delli-Zotti 10:41:47 0:00:27",
                        "Gr\u00e9goire De M\u00e9vius / Alain Guehennec 11:02:15 0:20:55");
    }

    @Test
    void theWholeEventIsTheEventAfterItsLastStage(@TempDir Path dir) throws Exception {
        Path whole = PackageFiles.write(DakarCars.event(), dir.resolve("whole"));
        Path afterEight = PackageFiles.write(PackageFiles.report(DakarCars.event(), "8"), dir.resolve("after-8"));

        assertThat(snapshot(whole)).isEqualTo(snapshot(afterEight));
        assertThat(records(whole.resolve("penalties.csv"))).singleElement()
                .satisfies(p -> assertThat(p.get("stage") + " " + p.get("stage_inferred")).isEqualTo("8 true"));
    }

    /** An awarded time the checks place (the trucks' 50:00 on a cancelled stage) is repeated in stage_status. */
    @Test
    void anInferredAwardedTimeIsMarkedAndRepeatedInStageStatus(@TempDir Path dir) throws Exception {
        Event sample = SampleEvents.dakarExcerpt();
        Event placed = new Event(sample.name(), sample.edition(), sample.startDate(), sample.finishDate(),
                sample.description(), sample.source(), sample.properties(), sample.categories(), sample.stages(),
                sample.entries(), sample.classifications(), sample.penalties(),
                sample.awardedTimes().collect(a -> a.placedOn("2")), sample.notes());
        Path pkg = PackageFiles.write(placed, dir.resolve("out"));

        assertThat(text(pkg.resolve("awarded_times.csv"))).isEqualTo("""
                category,stage,stage_inferred,time,time_ms,note_id
                trucks,2,true,0:50:00,3000000,n3
                """);
        assertThat(records(pkg.resolve("stage_status.csv")))
                .filteredOn(r -> r.get("category").equals("trucks"))
                .extracting(r -> r.get("stage") + " " + r.get("status") + " " + r.get("awarded_time") + " "
                        + r.get("awarded_time_ms"))
                .containsExactly("1 liaison  ", "2 cancelled 0:50:00 3000000", "3 run  ", "10 run  ");
    }

    @Test
    void aCategoryScopeHoldsThatCategoryOnly(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(PackageFiles.report(SampleEvents.dakarExcerpt(), null, "trucks"),
                dir.resolve("trucks"));

        assertThat(text(pkg.resolve("categories.csv"))).isEqualTo("""
                category,name,aliases,order
                trucks,Trucks,,1
                """);
        assertThat(records(pkg.resolve("entries.csv"))).extracting(r -> r.get("entry_id"))
                .containsExactly("trucks-409", "trucks-411");
        assertThat(records(pkg.resolve("stage_status.csv"))).extracting(r -> r.get("category")).containsOnly("trucks");
        assertThat(records(pkg.resolve("penalties.csv"))).as("Despres rides a bike").isEmpty();
        assertThat(records(pkg.resolve("results.csv"))).extracting(r -> r.get("crew") + " " + r.get("time"))
                .containsExactly("Vladimir Chagin / Semen Yakubov / Sergey Savostin 0:33:37",
                        "Andr\u00e9 de Azevedo / Tom\u00e1\u0161 Tome\u010dek / Jarom\u00edr Martinec 1:00:56");
        assertThat(records(pkg.resolve("notes.csv"))).extracting(r -> r.get("note_id")).containsExactly("n1", "n3");
    }

    @Test
    void aStageScopeLeavesOutLaterStagesAndTheFinalStandings(@TempDir Path dir) throws Exception {
        Path pkg = PackageFiles.write(PackageFiles.report(SampleEvents.dakarExcerpt(), "3"), dir.resolve("after-3"));

        assertThat(records(pkg.resolve("stages.csv"))).extracting(r -> r.get("stage")).containsExactly("1", "2", "3");
        assertThat(records(pkg.resolve("classifications.csv"))).extracting(r -> r.get("classification"))
                .doesNotContain("final");
        assertThat(records(pkg.resolve("results.csv")).stream()
                .filter(r -> r.get("classification").equals("general") && r.get("stage").equals("3"))
                .map(r -> r.get("position") + " " + r.get("crew") + " " + r.get("time")))
                .containsExactly("1 Cyril Despres 0:32:38", "1 Nani Roma 0:32:38", "3 Kari Tiainen 0:32:59");
    }

    /** The package holds codes and values, no words: the language of the run does not touch a byte. */
    @Test
    void theLanguageDoesNotChangeTheBytes(@TempDir Path dir) throws Exception {
        Report english = PackageFiles.report(DakarCars.event());
        Report french = Report.builder(DakarCars.event(), DocumentOptions.builder(PackageFiles.ISSUED_AT)
                .language("fr").build()).scope(Scope.of(List.of(), null)).build();
        assertThat(snapshot(PackageFiles.write(french, dir.resolve("fr"))))
                .isEqualTo(snapshot(PackageFiles.write(english, dir.resolve("en"))));
        assertThat(Lists.immutable.ofAll(records(dir.resolve("fr").resolve("stages.csv"))).collect(r -> r.get("type")))
                .containsOnly("special");
    }

    private static String snapshot(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.append(file.getFileName()).append('\n').append(text(file));
            }
        }
        return all.toString();
    }
}
