package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.collections.api.factory.Lists;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.model.AwardedTime;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;

class DataPackageBadCellTest {

    private final CsvImporter importer = new CsvImporter();

    @Test
    void aBadTimeInResultsIsReportedWithFileLineAndColumnAndTheRowKept(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "cars,final,,1,cars-7,Ana,,,1:00:61,3600000,false,,,,,classified\n");
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = importer.read(ImportRequest.of(folder.resolve("datapackage.json"), diagnostics));

        Diagnostic bad = diagnostics.all().detect(d -> d.severity() == Severity.ERROR);
        assertThat(bad.position().describe()).isEqualTo("results.csv:2:9");
        assertThat(bad.message()).contains("'1:00:61'");
        assertThat(event.classifications().getOnly().rows().getOnly().time()).isNull();
        assertThat(event.classifications().getOnly().rows().getOnly().position()).isEqualTo(1);
    }

    @Test
    void aMissingColumnIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "");
        Files.writeString(folder.resolve("notes.csv"), "note_id,category,stage,text\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.read(ImportRequest.of(folder, Diagnostics.collector())))
                .isInstanceOf(ImportException.class).hasMessageContaining("'table' is missing");
    }

    /** The columns a file needs are those of the first package: a later one, when missing, reads as its default. */
    @Test
    void aMissingColumnNamesWhatTheFileNeedsWithoutTheAddedOnes(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "", Map.of("penalties.csv", "entry_id,stage,stage_inferred,reason,note_id\n"));

        assertThatThrownBy(() -> importer.read(ImportRequest.of(folder, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .hasMessage("the column 'time' is missing; penalties.csv needs entry_id, stage, time, reason, note_id")
                .satisfies(e -> assertThat(((ImportException) e).position().describe()).isEqualTo("penalties.csv:1"));
    }

    @Test
    void aStageInferredTrueReadsBackAsInferred(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "", Map.of(
                "penalties.csv", """
                        entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                        cars-7,8,true,0:18:00,1080000,late at the liaison control,
                        cars-7,7,false,0:01:00,60000,,
                        """,
                "awarded_times.csv", """
                        category,stage,stage_inferred,time,time_ms,note_id
                        cars,7,true,0:50:00,3000000,
                        """));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = importer.read(ImportRequest.of(folder, diagnostics));

        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(event.penalties()).containsExactly(
                new Penalty("cars-7", "8", Duration.ofMinutes(18), "late at the liaison control", null, true),
                new Penalty("cars-7", "7", Duration.ofMinutes(1), null, null, false));
        assertThat(event.penalties().getFirst().statedStage()).isNull();
        assertThat(event.awardedTimes()).containsExactly(
                new AwardedTime("cars", "7", Duration.ofMinutes(50), null, true));
    }

    /** Packages written before {@code stage_inferred} existed still read: every stage as the source's. */
    @Test
    void aPackageWithoutTheStageInferredColumnReadsItAsFalse(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "", Map.of(
                "penalties.csv", """
                        entry_id,stage,time,time_ms,reason,note_id
                        cars-7,8,0:18:00,1080000,late,
                        cars-7,,0:14:00,840000,speeding,
                        """,
                "awarded_times.csv", """
                        category,stage,time,time_ms,note_id
                        cars,7,0:50:00,3000000,
                        """));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = importer.read(ImportRequest.of(folder, diagnostics));

        assertThat(diagnostics.all()).as("an older package is not a problem").isEmpty();
        assertThat(event.penalties()).containsExactly(
                new Penalty("cars-7", "8", Duration.ofMinutes(18), "late", null, false),
                new Penalty("cars-7", null, Duration.ofMinutes(14), "speeding", null, false));
        assertThat(event.penalties().getFirst().statedStage()).isEqualTo("8");
        assertThat(event.awardedTimes()).containsExactly(new AwardedTime("cars", "7", Duration.ofMinutes(50), null, false));
    }

    @Test
    void anInferredStageThatIsEmptyIsAnErrorAtItsCellAndReadAsFalse(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "", Map.of(
                "penalties.csv", """
                        entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                        cars-7,,true,0:18:00,1080000,late,
                        """,
                "awarded_times.csv", """
                        category,stage,stage_inferred,time,time_ms,note_id
                        cars,7,false,0:50:00,3000000,
                        cars,,true,0:50:00,3000000,
                        """));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = importer.read(ImportRequest.of(folder, diagnostics));

        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR))
                .extracting(d -> d.position().describe() + " " + d.message())
                .containsExactlyInAnyOrder(
                        "penalties.csv:2:3 stage_inferred is true but the stage is empty; read as false",
                        "awarded_times.csv:3:3 stage_inferred is true but the stage is empty; read as false");
        assertThat(event.penalties()).as("the row is kept, its stage unknown")
                .containsExactly(new Penalty("cars-7", null, Duration.ofMinutes(18), "late", null, false));
        assertThat(event.awardedTimes()).extracting(a -> a.stageLabel() + " " + a.stageInferred())
                .containsExactly("7 false", "null false");
    }

    @Test
    void anUnreadableStageInferredIsAnErrorAtItsCellAndReadAsFalse(@TempDir Path dir) throws Exception {
        Path folder = minimalPackage(dir, "", Map.of(
                "penalties.csv", """
                        entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                        cars-7,8,yes,0:18:00,1080000,late,
                        """,
                "awarded_times.csv", """
                        category,stage,stage_inferred,time,time_ms,note_id
                        cars,7,,0:50:00,3000000,
                        """));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = importer.read(ImportRequest.of(folder, diagnostics));

        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR))
                .extracting(d -> d.position().describe() + " " + d.message())
                .containsExactlyInAnyOrder(
                        "penalties.csv:2:3 cannot read 'yes' in column stage_inferred as true or false; read as false",
                        "awarded_times.csv:2:3 cannot read '' in column stage_inferred as true or false; read as false");
        assertThat(event.penalties()).containsExactly(new Penalty("cars-7", "8", Duration.ofMinutes(18), "late", null, false));
        assertThat(event.awardedTimes()).containsExactly(new AwardedTime("cars", "7", Duration.ofMinutes(50), null, false));
    }

    @Test
    void aPackageFolderIsAFullMatch() {
        assertThat(importer.detect(new DetectionInput("pkg", true, new byte[0],
                Lists.immutable.of("datapackage.json", "event.csv")))).isEqualTo(MatchStrength.FULL_MATCH);
        assertThat(importer.detect(new DetectionInput("x.csv", false, "a,b\n".getBytes(StandardCharsets.UTF_8),
                Lists.immutable.empty()))).isEqualTo(MatchStrength.WEAK_MATCH);
        assertThat(importer.detect(new DetectionInput("a.txt", false, "= Title =\n".getBytes(StandardCharsets.UTF_8),
                Lists.immutable.empty()))).isEqualTo(MatchStrength.NO_MATCH);
    }

    /** Every table with its header; one category, one entry, one final classification and these results rows. */
    private static Path minimalPackage(Path dir, String results) throws Exception {
        return minimalPackage(dir, results, Map.of());
    }

    /**
     * As {@link #minimalPackage(Path, String)}, with some files replaced whole: file name to its
     * text, header included, so a file can have the columns of an older package.
     */
    private static Path minimalPackage(Path dir, String results, Map<String, String> files) throws Exception {
        Path folder = dir.resolve("pkg");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("datapackage.json"), DataPackageSchema.descriptorJson("x", "X"), StandardCharsets.UTF_8);
        for (Table table : DataPackageSchema.TABLES) {
            String header = DataPackageSchema.expandedColumns(table).collect(Column::name).makeString(",") + "\n";
            String rows = switch (table.name()) {
                case "event" -> "name,X\n";
                case "categories" -> "cars,Cars,,1\n";
                case "stages" -> "1,7,,,,,,,special\n2,8,,,,,,,special\n";
                case "entries" -> "cars-7,cars,7,Ana,,,,\n";
                case "classifications" -> results.isEmpty() ? "" : "cars,final,,reported,true,1\n";
                case "results" -> results;
                default -> "";
            };
            Files.writeString(folder.resolve(table.fileName()), files.getOrDefault(table.fileName(), header + rows),
                    StandardCharsets.UTF_8);
        }
        return folder;
    }
}
