package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.importers.csv.RaceFolderTest.time;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * The same race as one timing sheet and as a race folder (entry list and stage files, half of
 * them as start and finish) is the same event, apart from the source's name ({@code office-spec}:
 * identity).
 */
class RaceFolderIdentityTest {

    @Test
    void aGeneratedSheetAndTheSameRaceSplitIntoAFolderAreTheSameEvent(@TempDir Path dir) throws Exception {
        // Enough crews for retirements, disqualifications, non-starters, penalties and a cancelled stage.
        TimingSheetGenerator generator = new TimingSheetGenerator(new GeneratorSettings(120, 8, 5));
        String text = generator.writeToString();
        Path sheet = Files.writeString(dir.resolve("generated.csv"), text);
        Path folder = RaceFolders.split(text, dir.resolve("office"));
        Diagnostics.Collector sheetDiagnostics = Diagnostics.collector();
        Diagnostics.Collector folderDiagnostics = Diagnostics.collector();

        Event fromSheet = new CsvImporter().read(ImportRequest.of(sheet, sheetDiagnostics));
        Event fromFolder = new CsvImporter().read(ImportRequest.of(folder, folderDiagnostics));

        assertThat(Files.readString(folder.resolve("stage-02.csv"))).as("a night stage, written as start and finish")
                .startsWith("number,start,finish,").contains(",22:00:00,");
        assertThat(Files.readAllLines(folder.resolve("stage-02.csv")).stream().skip(1).map(line -> line.split(","))
                .filter(fields -> !fields[2].isEmpty() && time(fields[2]).compareTo(time(fields[1])) < 0))
                .as("finishes after midnight").isNotEmpty();
        assertThat(Files.readString(folder.resolve("stage-01.csv"))).startsWith("number,time,");
        assertThat(fromSheet.awardedTimes()).as("the race has a cancelled stage").isNotEmpty();
        assertThat(fromSheet.penalties()).isNotEmpty();
        assertThat(fromFolder.source()).isEqualTo("office");
        assertThat(fromFolder.entries()).isEqualTo(fromSheet.entries());
        assertThat(fromFolder.categories()).isEqualTo(fromSheet.categories());
        assertThat(fromFolder.stages()).isEqualTo(fromSheet.stages());
        assertThat(fromFolder.penalties()).isEqualTo(fromSheet.penalties());
        assertThat(fromFolder.awardedTimes()).isEqualTo(fromSheet.awardedTimes());
        assertThat(fromFolder.classifications().size()).isEqualTo(fromSheet.classifications().size());
        for (int i = 0; i < fromSheet.classifications().size(); i++) {
            assertThat(fromFolder.classifications().get(i).rows()).as(fromSheet.classifications().get(i).kind() + " "
                    + fromSheet.classifications().get(i).stageLabel()).isEqualTo(fromSheet.classifications().get(i).rows());
        }
        assertThat(withSource(fromFolder, "generated.csv")).as("the whole event, positions aside").isEqualTo(fromSheet);
        assertThat(folderDiagnostics.all()).as("errors and warnings reading the folder")
                .noneMatch(d -> d.severity() != Severity.INFO);
    }

    static Event withSource(Event event, String source) {
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                source, event.properties(), event.categories(), event.stages(), event.entries(), event.classifications(),
                event.penalties(), event.awardedTimes(), event.notes());
    }
}
