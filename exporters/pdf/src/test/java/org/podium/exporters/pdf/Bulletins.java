package org.podium.exporters.pdf;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.PluginOptions;

/** Builds reports as the host does and writes them as the host does ({@link SafeExport}). */
final class Bulletins {

    static final OffsetDateTime ISSUED = OffsetDateTime.parse("2002-01-03T20:15:00Z");

    private Bulletins() {
    }

    /** The report of {@code event} in the scope: categories (empty: all) and the stage (null: whole event). */
    static Report report(Event event, DocumentOptions options, List<String> categories, String stage) throws Exception {
        return Report.builder(event, options).scope(Scope.of(categories, stage)).build();
    }

    /** Writes the report at {@code target} with the given {@code -O pdf.*} values (the rest at their defaults). */
    static Path write(Report report, Path target, Map<String, String> pluginOptions) throws Exception {
        PdfExporter exporter = new PdfExporter();
        SafeExport.write(exporter, "test", report, PluginOptions.parse(exporter.descriptor().options(), pluginOptions),
                Diagnostics.collector(), target);
        return target;
    }

    /** {@code 0:0m:00} for whole minutes under an hour, as bulletins print a penalty. */
    static String clock(int minutes) {
        return String.format("0:%02d:00", minutes);
    }

    static Path write(Report report, Path target) throws Exception {
        return write(report, target, Map.of());
    }
}
