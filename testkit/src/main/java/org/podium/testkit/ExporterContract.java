package org.podium.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Maps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.OutputKind;

/**
 * What every exporter must do. A plugin's test implements this interface and supplies the plugin;
 * the tests come with it.
 */
public interface ExporterContract {

    /** A new instance of the exporter under test. */
    Exporter exporter();

    /** The event the contract writes; override to use one of the plugin's own. */
    default Event sampleEvent() {
        return SampleEvents.dakarExcerpt();
    }

    /** Writes the sample with default options into a fresh target under {@code dir}. */
    default Path writeSample(Path dir, String name) throws Exception {
        Path target = dir.resolve(name);
        ExportOptions options = ExportOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));
        exporter().write(sampleEvent(), new ExportRequest(target, options, Maps.immutable.empty(),
                Diagnostics.collector()));
        return target;
    }

    @Test
    default void isFoundByServiceLoader() {
        Class<? extends Exporter> type = exporter().getClass();
        assertThat(ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::type))
                .as("META-INF/services/org.podium.spi.Exporter must name " + type.getName())
                .contains(type);
    }

    @Test
    default void describesItself() {
        FormatDescriptor descriptor = exporter().descriptor();
        assertThat(descriptor.displayName()).isNotBlank();
        assertThat(descriptor.version()).isNotBlank();
        if (descriptor.outputKind() == OutputKind.FILE) {
            assertThat(descriptor.extensions()).as("a file exporter names its extension").isNotEmpty();
        }
    }

    @Test
    default void writesExactlyItsTarget(@TempDir Path dir) throws Exception {
        Path target = writeSample(dir, "out");
        if (exporter().descriptor().outputKind() == OutputKind.FILE) {
            assertThat(target).isRegularFile();
            assertThat(Files.size(target)).isPositive();
        } else {
            assertThat(target).isDirectory();
        }
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written).as("nothing is written beside the target").containsExactly(target);
        }
    }

    @Test
    default void sameEventAndOptionsGiveSameBytes(@TempDir Path dir) throws Exception {
        Path first = writeSample(dir, "first");
        Path second = writeSample(dir, "second");
        assertThat(snapshot(first)).isEqualTo(snapshot(second));
    }

    private static String snapshot(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return java.util.HexFormat.of().formatHex(Files.readAllBytes(path));
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(path.relativize(file)).append('\n')
                        .append(java.util.HexFormat.of().formatHex(Files.readAllBytes(file))).append('\n');
            }
        }
        return all.toString();
    }
}
