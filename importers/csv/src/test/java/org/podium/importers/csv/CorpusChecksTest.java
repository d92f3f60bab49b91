package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;

/**
 * The consistency checks on the real CSV files. Checked by hand: every 1974 gap is the time
 * minus Pinto's 6:26:15 (3.57 = 6:30:12 − 6:26:15, …, 1:01.40 = 7:27:55 − 6:26:15) and the
 * positions follow the times, so there is nothing to report; the 1983 itinerary has no times.
 */
class CorpusChecksTest {

    private final CsvImporter importer = new CsvImporter();

    @Test
    void theRallysStandingsAreConsistentSoNothingIsReported(@TempDir Path dir) throws Exception {
        assertThat(check(CorpusTest.corpus(dir, "1974-rallye-de-portugal-results.csv"))).isEmpty();
    }

    @Test
    void theTourItineraryHasNothingToCheck(@TempDir Path dir) throws Exception {
        assertThat(check(CorpusTest.corpus(dir, "1983-tour-de-france-stages.csv"))).isEmpty();
    }

    @Test
    void aGapChangedInTheRallyIsFoundWithItsLine(@TempDir Path dir) throws Exception {
        Path file = CorpusTest.corpus(dir, "1974-rallye-de-portugal-results.csv");
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"11.02\"", "\"11.20\"");
        Path changed = dir.resolve("changed.csv");
        Files.writeString(changed, text, StandardCharsets.UTF_8);

        Finding finding = check(changed).getOnly();
        assertThat(finding.severity()).isEqualTo(FindingSeverity.CONTRADICTION);
        assertThat(finding.expected()).isEqualTo("0:11:02");
        assertThat(finding.found()).isEqualTo("0:11:20");
        assertThat(finding.message()).contains("Markku Alén is given a gap of 0:11:20");
        assertThat(finding.sources().getFirst().line()).isEqualTo(4);
    }

    private ImmutableList<Finding> check(Path file) throws Exception {
        Event event = importer.read(ImportRequest.of(file, Diagnostics.collector()));
        return ConsistencyChecks.of(event);
    }
}
