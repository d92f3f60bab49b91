package org.podium.importers.csv;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.Severity;

/** The hand-written samples in {@code src/test/resources/samples/}, and what the tests ask of diagnostics. */
final class Samples {

    private Samples() {
    }

    /** Copies a sample into {@code dir}, as a user's file would be. */
    static Path copy(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    static Duration hms(int h, int m, int s, int millis) {
        return Duration.ofHours(h).plusMinutes(m).plusSeconds(s).plusMillis(millis);
    }

    static List<String> messages(Diagnostics.Collector diagnostics) {
        return diagnostics.all().collect(Diagnostic::message).castToList();
    }

    static List<String> messages(Diagnostics.Collector diagnostics, Severity severity) {
        return diagnostics.all().select(d -> d.severity() == severity).collect(Diagnostic::message).castToList();
    }
}
