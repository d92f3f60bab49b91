package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.collections.api.factory.Lists;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.model.Event;
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
        Path folder = dir.resolve("pkg");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("datapackage.json"), DataPackageSchema.descriptorJson("x", "X"), StandardCharsets.UTF_8);
        for (Table table : DataPackageSchema.TABLES) {
            String header = DataPackageSchema.expandedColumns(table).collect(Column::name).makeString(",") + "\n";
            String rows = switch (table.name()) {
                case "event" -> "name,X\n";
                case "categories" -> "cars,Cars,,1\n";
                case "entries" -> "cars-7,cars,7,Ana,,,,\n";
                case "classifications" -> results.isEmpty() ? "" : "cars,final,,reported,true,1\n";
                case "results" -> results;
                default -> "";
            };
            Files.writeString(folder.resolve(table.fileName()), header + rows, StandardCharsets.UTF_8);
        }
        return folder;
    }
}
