package org.podium.exporters.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.podium.datapackage.DataPackageSchema;

/** What the package's table writer adds to core's CSV rule: the header and the width check. */
class CsvFileWriterTest {

    @Test
    void writesTheHeaderWithTheTimeTwinsThenTheRows() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvFileWriter table = new CsvFileWriter(out, DataPackageSchema.PENALTIES, false);
        table.write(Row.of().text("cars-gregoire-de-mevius").text("8").flag(true).time(Duration.ofMinutes(18))
                .text("late, at \"CP2\"").text(null));
        assertThat(out).hasToString("""
                entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                cars-gregoire-de-mevius,8,true,0:18:00,1080000,\"late, at \"\"CP2\"\"\",
                """);
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedNamingTheFile() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvFileWriter table = new CsvFileWriter(out, DataPackageSchema.CATEGORIES, false);
        assertThatThrownBy(() -> table.write(Row.of().text("cars").text("Cars")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("categories.csv has 4 columns but a row has 2");
        assertThat(out).as("nothing of the refused row").hasToString("category,name,aliases,order\n");
    }
}
