package org.podium.app.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Maps;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.Plugins;
import org.podium.spi.Severity;

/**
 * Export with the csv exporter, import with the csv importer, export again: both plugins found by
 * id, as the app finds them.
 */
final class PackageRoundTrip {

    private static final Plugins PLUGINS = Plugins.load(PackageRoundTrip.class.getClassLoader());
    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-01-03T12:00:00Z");

    /** What one round trip gave. */
    record Result(Event imported, Diagnostics.Collector diagnostics, Path first, Path second) {
    }

    private PackageRoundTrip() {
    }

    static Result run(Event event, Path work) throws Exception {
        Exporter exporter = PLUGINS.exporter("csv");
        Importer importer = PLUGINS.importer("csv");
        Path first = work.resolve("first");
        exporter.write(event, request(first));
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event imported = importer.read(ImportRequest.of(first, diagnostics));
        Path second = work.resolve("second");
        exporter.write(imported, request(second));
        return new Result(imported, diagnostics, first, second);
    }

    /** Every file of both packages, byte for byte, and no problem reported on reading. */
    static void assertIdenticalPackages(Result result) throws IOException {
        assertThat(result.diagnostics().all()).as("diagnostics reading a package Podium wrote")
                .noneMatch(d -> d.severity() != Severity.INFO);
        try (Stream<Path> files = Files.list(result.first())) {
            for (Path file : files.sorted().toList()) {
                Path twin = result.second().resolve(file.getFileName().toString());
                assertThat(Files.readString(twin)).as(file.getFileName().toString()).isEqualTo(Files.readString(file));
                assertThat(Files.readAllBytes(twin)).as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
        try (Stream<Path> files = Files.list(result.second())) {
            assertThat(files.count()).isEqualTo(Files.list(result.first()).count());
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExportRequest request(Path target) {
        return new ExportRequest(target, ExportOptions.defaults(ISSUED), Maps.immutable.empty(), Diagnostics.collector());
    }
}
