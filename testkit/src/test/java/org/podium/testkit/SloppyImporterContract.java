package org.podium.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.spi.Importer;

/** The contracts on {@link SloppyImporter}; run by {@link ContractsBiteTest}, not on their own. */
public class SloppyImporterContract implements ImporterContract {

    @Override
    public Importer importer() {
        return new SloppyImporter();
    }

    @Override
    public Path sampleInput(Path dir) throws Exception {
        return Files.writeString(dir.resolve("dakar.race"), "RACE\nDakar 2002\nstage 1\nstage 2\n",
                StandardCharsets.UTF_8);
    }
}
