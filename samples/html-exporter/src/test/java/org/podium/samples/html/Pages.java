package org.podium.samples.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.report.ScopeException;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.PluginOptions;

/** Writes pages as the host does (a stream it owns, options parsed from text) and reads them back. */
final class Pages {

    /** When the test pages are issued: the sample bulletin's time. */
    static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    private Pages() {
    }

    static Report report(Event event) {
        return Report.of(event, DocumentOptions.defaults(ISSUED_AT));
    }

    static Report report(Event event, String language, List<String> categories, String stage) throws ScopeException {
        return Report.builder(event, DocumentOptions.builder(ISSUED_AT).language(language).build())
                .scope(Scope.of(categories, stage)).build();
    }

    /** The page's text, written with the given options (the rest at their defaults). */
    static String html(Report report, Map<String, String> options) throws IOException, ExportException {
        HtmlExporter exporter = new HtmlExporter();
        OutputStream sink = new java.io.ByteArrayOutputStream();
        ExportRequest request = ExportRequest.toStream(sink)
                .options(PluginOptions.parse(exporter.descriptor().options(), options))
                .diagnostics(Diagnostics.collector()).build();
        exporter.write(report, request);
        return ((java.io.ByteArrayOutputStream) sink).toString(StandardCharsets.UTF_8);
    }

    static String html(Report report) throws IOException, ExportException {
        return html(report, Map.of());
    }

    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    static Document page(Report report) throws IOException, ExportException {
        return parse(html(report));
    }

    /** Writes the page at {@code target}, creating its folder. */
    static Path write(Report report, Map<String, String> options, Path target) throws IOException, ExportException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, html(report, options), StandardCharsets.UTF_8);
        return target;
    }

    /** {@code target/<name>} of this project, where Maven runs the tests. */
    static Path buildFolder(String name) {
        return Path.of(System.getProperty("basedir", ".")).resolve("target").resolve(name);
    }
}
