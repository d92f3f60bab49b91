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

    /** Other formats a user drops into the same folder: never claimed as this one's. */
    @Test
    default void staysQuietOnOtherFormats() {
        byte[][] heads = {"%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}, {(byte) 0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0},
                {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}};
        String[] names = {"bulletin.pdf", "logo.png", "results.xlsx", "results.csv.gz", "podium.jpg"};
        for (int i = 0; i < heads.length; i++) {
            assertThat(importer().detect(new DetectionInput(names[i], false, heads[i], Lists.immutable.empty())))
                    .as("what the importer makes of " + names[i]).isLessThan(MatchStrength.SOLID_MATCH);
        }
    }

    /**
     * An empty file, and the sample cut short at a few places (a download that stopped, a file
     * saved half-way): each is read with what can be read and said, or refused with the import
     * error; never another exception.
     */
    @Test
    default void emptyAndTruncatedInputAreReadOrRefusedNeverCrashed(@TempDir Path dir) throws Exception {
        Path samplePath = sampleInput(dir);
        byte[] sample = Files.readAllBytes(samplePath);
        String extension = extensionOf(samplePath);
        Path empty = Files.write(dir.resolve("empty" + extension), new byte[0]);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        try {
            importer().read(ImportRequest.of(empty, diagnostics));
            assertThat(diagnostics.all()).as("what is wrong with an empty file").isNotEmpty();
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        for (int percent : new int[] {1, 10, 33, 50, 90, 99}) {
            int length = (int) ((long) sample.length * percent / 100);
            Path cut = Files.write(dir.resolve("cut-" + percent + extension),
                    java.util.Arrays.copyOf(sample, length));
            assertThatCode(() -> {
                try {
                    importer().read(ImportRequest.of(cut, Diagnostics.collector()));
                } catch (ImportException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }).as("the sample cut at " + percent + " % (" + length + " of " + sample.length + " bytes)")
                    .doesNotThrowAnyException();
        }
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /** What the app gives detection: the name and the first bytes. */
    static DetectionInput detectionInput(Path file) throws java.io.IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, 8192));
        return new DetectionInput(file.getFileName().toString(), false, head, Lists.immutable.empty());
    }
}
