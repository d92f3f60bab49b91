package org.podium.exporters.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.podium.importers.wiki.WikiImporter;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.PluginOptions;
import org.podium.testkit.SampleArticles;

/** Reports built as the host builds them, and their Markdown written as the host writes it. */
final class Written {

    static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    private static Event dakar2002;

    private Written() {
    }

    /**
     * The defaults, but without the checks section and the race charts, which the tests of each
     * turn on: the other tests read the classifications, not pictures written beside them.
     */
    static DocumentOptions.Builder options() {
        return DocumentOptions.builder(ISSUED_AT).checks(false).charts(false);
    }

    static Report report(Event event, DocumentOptions options, List<String> categories, String stage) throws Exception {
        return Report.builder(event, options).scope(Scope.of(categories, stage)).build();
    }

    /** Writes the report through {@link SafeExport} at {@code dir/name} and returns the file. */
    static Path file(Report report, Path dir, String name, Diagnostics diagnostics) throws Exception {
        Path target = dir.resolve(name);
        MarkdownExporter exporter = new MarkdownExporter();
        SafeExport.write(exporter, "built-in", report, PluginOptions.defaults(exporter.descriptor().options()),
                diagnostics, target);
        return target;
    }

    /** The Markdown of the report, as the user's file holds it. */
    static String markdown(Report report, Path dir) throws Exception {
        return read(file(report, dir, "event-" + System.nanoTime() + ".md", Diagnostics.collector()));
    }

    static ParsedDocument document(Report report, Path dir) throws Exception {
        return new ParsedDocument(markdown(report, dir));
    }

    static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The bundled 2002 Dakar article, read by the wiki importer as a run reads it; read once, it is immutable. */
    static synchronized Event dakar2002() throws Exception {
        if (dakar2002 == null) {
            dakar2002 = SampleArticles.dakar2002(new WikiImporter());
        }
        return dakar2002;
    }
}
