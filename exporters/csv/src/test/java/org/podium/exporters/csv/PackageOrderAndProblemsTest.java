package org.podium.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.exporters.csv.PackageFiles.records;
import static org.podium.exporters.csv.PackageFiles.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.testkit.SampleEvents;

/** Row orders that do not depend on the model's list order, and events the package cannot hold. */
class PackageOrderAndProblemsTest {

    private static final Event SAMPLE = SampleEvents.dakarExcerpt();

    @Test
    void theModelsListOrderDoesNotMoveSortedFiles(@TempDir Path dir) throws Exception {
        Event shuffled = with(SAMPLE, SAMPLE.entries().toReversed(), SAMPLE.classifications().toReversed(),
                SAMPLE.penalties());
        Path expected = PackageFiles.write(SAMPLE, dir.resolve("model-order"));
        Path actual = PackageFiles.write(shuffled, dir.resolve("reversed"));
        for (String file : new String[] {"entries.csv", "classifications.csv", "results.csv"}) {
            assertThat(text(actual.resolve(file))).as(file).isEqualTo(text(expected.resolve(file)));
        }
        assertThat(records(actual.resolve("entries.csv")).get(0).get("entry_id")).isEqualTo("bikes-1");
    }

    @Test
    void penaltiesByEntryThenStageWithAnUnknownStageLast(@TempDir Path dir) throws Exception {
        Duration minute = Duration.ofMinutes(1);
        ImmutableList<Penalty> penalties = Lists.immutable.of(
                new Penalty("bikes-cyril-despres", null, Duration.ofMinutes(14), "speeding", "n2"),
                new Penalty("bikes-1", null, minute, null, null),
                new Penalty("bikes-cyril-despres", "10", minute, null, null),
                new Penalty("bikes-1", "3", minute, null, null),
                new Penalty("bikes-1", "2", minute, "late, at \"CP2\"", null));
        Path pkg = PackageFiles.write(with(SAMPLE, SAMPLE.entries(), SAMPLE.classifications(), penalties),
                dir.resolve("out"));
        assertThat(text(pkg.resolve("penalties.csv"))).isEqualTo("""
                entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                bikes-1,2,false,0:01:00,60000,"late, at \"\"CP2\"\"\",
                bikes-1,3,false,0:01:00,60000,,
                bikes-1,,false,0:01:00,60000,,
                bikes-cyril-despres,10,false,0:01:00,60000,,
                bikes-cyril-despres,,false,0:14:00,840000,speeding,n2
                """);
        assertThat(records(pkg.resolve("penalties.csv")).get(0).get("reason")).isEqualTo("late, at \"CP2\"");
    }

    @Test
    void entriesWithoutNumberFollowNumberedOnesAndUnknownCodesKeepTheirPlace(@TempDir Path dir) throws Exception {
        ImmutableList<Entry> entries = SAMPLE.entries().newWithAll(Lists.immutable.of(
                new Entry("trucks-zed-crew", "trucks", null, Lists.immutable.of(new Person("Zed Crew", null)),
                        null, null, null),
                new Entry("trucks-500", "trucks", 500, Lists.immutable.of(new Person("Anne Un", "FRA"),
                        new Person("Bob Deux", null), new Person("Carl Trois", "BEL")), "MAN", null, "T4"),
                new Entry("trucks-abe-crew", "trucks", null, Lists.immutable.of(new Person("Abe Crew", null),
                        new Person("Ben Crew", null)), null, null, null)));
        Path pkg = PackageFiles.write(with(SAMPLE, entries, SAMPLE.classifications(), SAMPLE.penalties()),
                dir.resolve("out"));
        var trucks = records(pkg.resolve("entries.csv")).stream().filter(r -> r.get("category").equals("trucks"))
                .toList();
        assertThat(trucks).extracting(r -> r.get("entry_id"))
                .containsExactly("trucks-409", "trucks-411", "trucks-500", "trucks-abe-crew", "trucks-zed-crew");
        CSVRecord mixed = trucks.get(2);
        assertThat(mixed.get("nationalities")).isEqualTo("FRA /  / BEL");
        assertThat(mixed.get("class")).isEqualTo("T4");
        assertThat(trucks.get(3).get("crew")).isEqualTo("Abe Crew / Ben Crew");
        assertThat(trucks.get(3).get("nationalities")).as("no code known: empty, not ' / '").isEmpty();
    }

    @Test
    void aResultNamingAnUnlistedEntryFailsAndLeavesNothing(@TempDir Path dir) throws Exception {
        Classification broken = new Classification("bikes", SAMPLE.classifications().getFirst().kind(), "2",
                SAMPLE.classifications().getFirst().basis(), true,
                Lists.immutable.of(new ClassificationRow(1, "bikes-999", null, Duration.ofMinutes(6), false, null,
                        null, ResultStatus.CLASSIFIED, SourcePosition.UNKNOWN)),
                SourcePosition.UNKNOWN);
        Event event = with(SAMPLE, SAMPLE.entries(), Lists.immutable.of(broken), SAMPLE.penalties());
        Path target = dir.resolve("out");
        assertThatThrownBy(() -> PackageFiles.write(event, target))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("bikes-999");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("the host deleted the half-written folder").isEmpty();
        }
    }

    @Test
    void aPenaltyOfAnUnlistedCrewFails(@TempDir Path dir) {
        Event event = with(SAMPLE, SAMPLE.entries(), SAMPLE.classifications(),
                Lists.immutable.of(new Penalty("bikes-999", "2", Duration.ofMinutes(1), null, null)));
        assertThatThrownBy(() -> PackageFiles.write(event, dir.resolve("out")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("a penalty names entry 'bikes-999'");
    }

    /** The host creates the folder; the exporter fills the one it is given and says nothing. */
    @Test
    void writesIntoTheFolderItIsGivenAndReportsNothing(@TempDir Path dir) throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        new CsvPackageExporter().write(PackageFiles.report(SAMPLE, "3", "bikes"),
                ExportRequest.toFolder(dir).diagnostics(diagnostics).build());
        assertThat(diagnostics.all()).as("no 'the filters do not apply' any more").isEmpty();
        assertThat(records(dir.resolve("categories.csv"))).singleElement()
                .satisfies(bikes -> assertThat(bikes.get("category")).isEqualTo("bikes"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(Files::isDirectory)).as("no folder of its own inside").isEmpty();
        }
    }

    private static Event with(Event event, ImmutableList<Entry> entries, ImmutableList<Classification> classifications,
            ImmutableList<Penalty> penalties) {
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), entries, classifications,
                penalties, event.awardedTimes(), event.notes());
    }
}
