package org.podium.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;

/**
 * What every importer must do. A plugin's test implements this interface, supplies the plugin and
 * one real input it reads; the tests come with it.
 */
public interface ImporterContract {

    /** A new instance of the importer under test. */
    Importer importer();

    /** Writes a real input of this format into {@code dir} and returns its path. */
    Path sampleInput(Path dir) throws Exception;

    @Test
    default void isFoundByServiceLoader() {
        Class<? extends Importer> type = importer().getClass();
        assertThat(ServiceLoader.load(Importer.class).stream().map(ServiceLoader.Provider::type))
                .as("META-INF/services/org.podium.spi.Importer must name " + type.getName())
                .contains(type);
    }

    @Test
    default void describesItself() {
        ImporterDescriptor descriptor = importer().descriptor();
        assertThat(descriptor.displayName()).isNotBlank();
        assertThat(descriptor.mediaType()).contains("/");
    }

    @Test
    default void recognisesItsSample(@TempDir Path dir) throws Exception {
        Path sample = sampleInput(dir);
        assertThat(importer().detect(detectionInput(sample))).isGreaterThanOrEqualTo(MatchStrength.SOLID_MATCH);
    }

    @Test
    default void readsItsSampleWithoutErrors(@TempDir Path dir) throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = importer().read(ImportRequest.of(sampleInput(dir), diagnostics));
        assertThat(event.name()).isNotBlank();
        assertThat(diagnostics.all()).as("diagnostics on a good sample")
                .noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    default void detectionNeverThrows() {
        for (byte[] head : new byte[][] {new byte[0], {(byte) 0xFF, (byte) 0xFE, 0, 1, 2},
                "Stage,Date\n1,2".getBytes(StandardCharsets.UTF_8), "= =\n".getBytes(StandardCharsets.UTF_8)}) {
            assertThatCode(() -> importer().detect(new DetectionInput("x.txt", false, head, Lists.immutable.empty())))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> importer().detect(new DetectionInput("folder", true, new byte[0],
                Lists.immutable.of("a.csv")))).doesNotThrowAnyException();
    }

    @Test
    default void garbageIsAnImportErrorNotACrash(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage.txt");
        Files.write(garbage, new byte[] {'#', 0x01, 'x', '\n', '|', '|', '\n'});
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        try {
            importer().read(ImportRequest.of(garbage, diagnostics));
            assertThat(diagnostics.all()).as("what was wrong with the input").isNotEmpty();
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** What the app gives detection: the name and the first bytes. */
    static DetectionInput detectionInput(Path file) throws java.io.IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, 8192));
        return new DetectionInput(file.getFileName().toString(), false, head, Lists.immutable.empty());
    }
}
