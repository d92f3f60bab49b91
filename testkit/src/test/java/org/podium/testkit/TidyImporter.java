package org.podium.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.DetectionInput;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.MatchStrength;

/** A small importer that keeps the contracts: `.race` files whose first line is {@code RACE}. */
public final class TidyImporter implements Importer {

    @Override
    public ImporterDescriptor descriptor() {
        return ImporterDescriptor.builder("tidy-race", "Tidy races").mediaType("text/x-race").extensions("race")
                .build();
    }

    @Override
    public MatchStrength detect(DetectionInput input) {
        String head = new String(input.head(), StandardCharsets.UTF_8);
        return head.startsWith("RACE\n") ? MatchStrength.SOLID_MATCH : MatchStrength.NO_MATCH;
    }

    @Override
    public Event read(ImportRequest request) throws ImportException, IOException {
        String text = Files.readString(request.input(), StandardCharsets.UTF_8);
        if (!text.startsWith("RACE\n")) {
            throw new ImportException(SourcePosition.of(request.sourceName(), 1, 1), "not a race: it should start RACE");
        }
        return SampleEvents.dakarExcerpt();
    }
}
