package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/** Values no race has are cell errors where they are written, never a crash or a number that overflows later. */
class OutOfRangeTest {

    @TempDir
    Path dir;

    @Test
    void aStageOfAMillionKilometresIsACellErrorAndTheStageIsKept() throws Exception {
        Path file = dir.resolve("itinerary.csv");
        Files.writeString(file, """
                Stage,Date,Route,Distance
                1,2001-12-28,Arras – Châteauroux,465 km
                2,2001-12-29,Châteauroux – Narbonne,1000000 km
                """, StandardCharsets.UTF_8);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = new CsvImporter().read(ImportRequest.of(file, diagnostics));

        assertThat(event.stages().collect(Stage::distanceKm)).containsExactly(new BigDecimal("465"), null);
        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR)).singleElement().satisfies(d -> {
            assertThat(d.position().describe()).isEqualTo("itinerary.csv:3:4");
            assertThat(d.message()).isEqualTo("'1000000 km' is out of range for a stage's distance (0 to 99999 km);"
                    + " the stage is kept without it");
        });
    }
}
