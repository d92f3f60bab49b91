package org.podium.app.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.PluginOptions;
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

    /** The report's event is what the package holds: exported, imported, exported again. */
    static Result run(Event event, Path work) throws Exception {
        Importer importer = PLUGINS.importer("csv");
        Path first = work.resolve("first");
        write(event, first);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event imported = importer.read(ImportRequest.of(first, diagnostics));
        Path second = work.resolve("second");
        write(imported, second);
        return new Result(imported, diagnostics, first, second);
    }

    /** The event as the package writes it: the report's, in canonical order, with the checks' inferred stages. */
    static Event asWritten(Event event) {
        return Report.of(event, DocumentOptions.defaults(ISSUED)).event();
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

    private static void write(Event event, Path target) throws Exception {
        Exporter exporter = PLUGINS.exporter("csv");
        SafeExport.write(exporter, "built-in", Report.of(event, DocumentOptions.defaults(ISSUED)),
                PluginOptions.defaults(exporter.descriptor().options()), Diagnostics.collector(), target);
    }
}
