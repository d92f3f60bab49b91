package org.podium.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.podium.engine.ClassificationEngine;
import org.podium.generator.GeneratedEvent;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.PluginOptions;

/** A generated event with complete classifications, and how the benchmarks write it as a run would. */
final class LargeEvent {

    /** Fixed, so documents do not change with the clock; checks left out, as in the measurements. */
    static final DocumentOptions OPTIONS = DocumentOptions.builder(OffsetDateTime.parse("2026-01-20T18:00:00Z"))
            .checks(false).build();

    private LargeEvent() {
    }

    /** The event of {@code podium generate --entries N --stages S --seed 1}, classified by the engine. */
    static Event classified(int entries, int stages) {
        GeneratedEvent generated = new TimingSheetGenerator(new GeneratorSettings(entries, stages, 1)).generateEvent();
        return generated.event().withClassifications(
                ClassificationEngine.withDefaultRules().classify(generated.event(), generated.stageTimes()));
    }

    /** Writes the report as the host does (a temporary file moved into place), and gives the size written. */
    static long write(Exporter exporter, Report report, Path target) throws Exception {
        SafeExport.write(exporter, "benchmark", report, PluginOptions.defaults(exporter.descriptor().options()),
                Diagnostics.collector(), target);
        long size;
        try (Stream<Path> files = Files.isDirectory(target) ? Files.walk(target) : Stream.of(target)) {
            size = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        delete(target);
        return size;
    }

    static void delete(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
