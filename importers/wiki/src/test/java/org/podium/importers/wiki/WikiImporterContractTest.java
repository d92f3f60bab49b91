package org.podium.importers.wiki;

import java.nio.file.Path;
import org.podium.spi.Importer;
import org.podium.testkit.ImporterContract;
import org.podium.testkit.SampleArticles;

class WikiImporterContractTest implements ImporterContract {

    @Override
    public Importer importer() {
        return new WikiImporter();
    }

    @Override
    public Path sampleInput(Path dir) {
        return SampleArticles.dakar2002(dir);
    }
}
