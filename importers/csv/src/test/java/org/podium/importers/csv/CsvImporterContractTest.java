package org.podium.importers.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.spi.Importer;
import org.podium.testkit.ImporterContract;

class CsvImporterContractTest implements ImporterContract {

    @Override
    public Importer importer() {
        return new CsvImporter();
    }

    @Override
    public Path sampleInput(Path dir) throws Exception {
        Path sheet = dir.resolve("rally-of-somewhere.csv");
        Files.writeString(sheet, """
                # event: Rally of Somewhere 2026
                # start: 2026-01-03
                Stage,Category,No,Driver,Co-driver,Nat,Make,Time,Penalty,Penalty reason,Status
                1,Cars,7,Ana Núñez,Luc Ébert,ESP / FRA,Toyota,3:59:18.9,,,
                1,Cars,9,"Smith, John",Bo Lind,GBR / SWE,Ford,4:01:02,0:01:00,speeding,OK
                2,Cars,7,Ana Núñez,Luc Ébert,ESP / FRA,Toyota,2:10:00,,,
                2,Cars,9,"Smith, John",Bo Lind,GBR / SWE,Ford,,,,DNF
                """, StandardCharsets.UTF_8);
        return sheet;
    }
}
