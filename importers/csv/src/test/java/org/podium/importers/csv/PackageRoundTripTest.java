package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.exporters.csv.CsvPackageExporter;
import org.podium.importers.wiki.WikiImporter;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.ImportRequest;
import org.podium.spi.PluginOptions;
import org.podium.spi.Severity;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.SampleEvents;

/**
 * Export with the csv exporter, import with this importer, export again: the event read back is
 * the report's event (the event as known in the scope, inferred stages included), and the second
 * package has the first one's bytes ({@code data-package.md}).
 */
class PackageRoundTripTest {

    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));

    @Test
    void theSampleReadsBackEqualAndWritesTheSameBytes(@TempDir Path dir) throws Exception {
        roundTrip(Report.of(SampleEvents.dakarExcerpt(), OPTIONS), dir);
    }

    @Test
    void theSampleAfterStageThreeAndTheTrucksAloneToo(@TempDir Path dir) throws Exception {
        Event afterThree = roundTrip(scoped(SampleEvents.dakarExcerpt(), "3"), dir.resolve("after-3"));
        assertThat(afterThree.stages()).extracting(s -> s.label()).containsExactly("1", "2", "3");
        Event trucks = roundTrip(scoped(SampleEvents.dakarExcerpt(), null, "trucks"), dir.resolve("trucks"));
        assertThat(trucks.categories()).extracting(c -> c.id()).containsExactly("trucks");
    }

    @Test
    void theArticleWithItsInferredStagesReadsBackEqual(@TempDir Path dir) throws Exception {
        Event article = article(dir);

        Event whole = roundTrip(Report.of(article, OPTIONS), dir.resolve("whole"));

        assertThat(penalty(whole, "De M\u00e9vius")).satisfies(p -> {
            assertThat(p.stageLabel()).isEqualTo("8");
            assertThat(p.stageInferred()).isTrue();
            assertThat(p.statedStage()).isNull();
            assertThat(p.time()).isEqualTo(Duration.ofMinutes(18));
        });
        assertThat(penalty(whole, "Peterhansel")).satisfies(p -> {
            assertThat(p.stageLabel()).isEqualTo("6");
            assertThat(p.stageInferred()).isTrue();
            assertThat(p.time()).isEqualTo(Duration.ofMinutes(14));
        });
        assertThat(whole.awardedTimes()).singleElement().satisfies(fifty -> {
            assertThat(fifty.categoryId()).isEqualTo("trucks");
            assertThat(fifty.stageLabel()).isEqualTo("4");
            assertThat(fifty.stageInferred()).isTrue();
            assertThat(fifty.time()).isEqualTo(Duration.ofMinutes(50));
        });
        assertThat(Files.readString(dir.resolve("whole/first/stage_status.csv")))
                .as("stage_status repeats the inferred awarded time").contains("\n4,trucks,cancelled,,0:50:00,3000000\n");
    }

    @Test
    void afterStageSevenThePackageHasNoEighteenMinutesAndAfterEightItHas(@TempDir Path dir) throws Exception {
        Event article = article(dir);

        Event afterSeven = roundTrip(scoped(article, "7"), dir.resolve("after-7"));
        Event afterEight = roundTrip(scoped(article, "8"), dir.resolve("after-8"));

        assertThat(afterSeven.penalties()).extracting(Penalty::time).containsExactly(Duration.ofMinutes(14));
        assertThat(afterEight.penalties()).extracting(p -> p.stageLabel() + " " + p.stageInferred() + " " + p.time())
                .containsExactlyInAnyOrder("6 true PT14M", "8 true PT18M");
        assertThat(afterEight.stages().getLast().label()).isEqualTo("8");
    }

    /** Writes the report as the host does, reads the package back, writes the event read back. */
    private static Event roundTrip(Report report, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path first = export(report, dir.resolve("first"));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event imported = new CsvImporter().read(ImportRequest.of(first.resolve("datapackage.json"), diagnostics));

        assertThat(diagnostics.all()).as("problems reading a package Podium wrote")
                .noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(imported).as("the event as known in the scope, positions aside").isEqualTo(report.event());
        Path second = export(Report.of(imported, OPTIONS), dir.resolve("second"));
        assertThat(snapshot(second)).isEqualTo(snapshot(first));
        return imported;
    }

    private static Path export(Report report, Path target) throws Exception {
        Exporter exporter = new CsvPackageExporter();
        SafeExport.write(exporter, "test", report, PluginOptions.defaults(exporter.descriptor().options()),
                Diagnostics.collector(), target);
        return target;
    }

    private static Report scoped(Event event, String stage, String... categories) throws Exception {
        return Report.builder(event, OPTIONS).scope(Scope.of(List.of(categories), stage)).build();
    }

    private static Event article(Path dir) throws Exception {
        return new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(dir), Diagnostics.collector()));
    }

    private static Penalty penalty(Event event, String surname) {
        return event.penalties().detect(p -> event.entriesById().get(p.entryId()).driver().name().endsWith(surname));
    }

    /** Every file's name and text, in name order. */
    private static String snapshot(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
