package org.podium.importers.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.spi.Diagnostics;

/** The wikitext files of the test resources ({@code wikitext/}, Wikipedia, CC BY-SA), for the tests. */
final class WikitextFiles {

    static final String DAKAR = "2002-dakar-rally.wikitext";
    static final String FORMULA_2 = "2026-melbourne-formula-2-round.wikitext";
    static final String TIME_TRIAL = "2023-uci-road-world-championships-mens-time-trial.wikitext";
    static final String ROAD_RACE = "2025-uci-road-world-championships-mens-road-race.wikitext";
    static final String ATHLETICS = "athletics-competition-record.wikitext";

    private WikitextFiles() {
    }

    static String text(String name) {
        try (InputStream in = WikitextFiles.class.getResourceAsStream("/wikitext/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource wikitext/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file into {@code dir} under its own name and returns its path. */
    static Path copy(String name, Path dir) {
        try {
            return Files.writeString(dir.resolve(name), text(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the wikitext reader makes of a file. */
    static WikiDocument read(String name, Diagnostics diagnostics) throws Exception {
        return new WikitextReader(name, diagnostics).read(text(name));
    }
}
