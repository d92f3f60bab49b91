package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timing sheet with one row deleted, converted as a user would: --strict refuses it, and stderr
 * names the crew and the stage, not only a count.
 */
class MissingRowConvertTest {

    @TempDir
    Path dir;

    @Test
    void strictRefusesASheetWithADeletedRowAndSaysWhoseAndWhere() throws Exception {
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, """
                category,stage,number,crew,nationality,make,time,status
                cars,1,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,3:40:58,
                cars,1,200,Jean-Louis Schlesser / Henri Magne,FRA / FRA,Schlesser,3:38:12,
                cars,2,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,4:02:10,
                """, StandardCharsets.UTF_8);

        Cli.Result result = Cli.runWithRealPlugins("convert", "--strict", "--to", "md", "--out",
                dir.resolve("out").toString(), sheet.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.STRICT.code());
        assertThat(result.err()).contains("sheet.csv: checks: 1 contradiction, 0 explained")
                .contains("sheet.csv: contradiction: Jean-Louis Schlesser (cars) finished stage 1 but has no row for"
                        + " stage 2, and no status (retired, disqualified, not started) says why");
    }
}
