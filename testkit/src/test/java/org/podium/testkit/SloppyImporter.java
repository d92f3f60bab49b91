package org.podium.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.podium.model.Event;
import org.podium.spi.DetectionInput;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.MatchStrength;

/**
 * An importer written carelessly: it claims every file it is shown, a PDF or a photo as much as its
 * own, and an empty or cut file makes it throw what Java throws. The contracts must catch both.
 */
public final class SloppyImporter implements Importer {

    @Override
    public ImporterDescriptor descriptor() {
        return ImporterDescriptor.builder("sloppy-race", "Sloppy races").mediaType("text/x-race").extensions("race")
                .build();
    }

    @Override
    public MatchStrength detect(DetectionInput input) {
        return MatchStrength.SOLID_MATCH;
    }

    @Override
    public Event read(ImportRequest request) throws IOException {
        List<String> lines = Files.readAllLines(request.input(), StandardCharsets.UTF_8);
        if (!lines.get(0).equals("RACE") || lines.size() < 3) {
            throw new IllegalStateException("bad race");
        }
        return SampleEvents.dakarExcerpt();
    }
}
