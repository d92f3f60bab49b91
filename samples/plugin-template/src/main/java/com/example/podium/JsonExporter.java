package com.example.podium;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Times;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginOption;

/**
 * Every classification of the report as JSON, for a results website: the event, then each
 * classification (category, kind, stage) with its rows (position, number, crew, time, gap, status).
 * A starting point: rename it, change what it writes, keep the contract test passing.
 */
public final class JsonExporter implements Exporter {

    /** Indented for people, or one line for machines. */
    static final PluginOption<Boolean> PRETTY = PluginOption.flag("pretty", "indent the JSON for people", true);

    private static final ExporterDescriptor DESCRIPTOR = ExporterDescriptor.builder("json", "JSON results")
            .mediaType("application/json").extensions("json").option(PRETTY).build();

    public JsonExporter() {
        // ServiceLoader needs a public constructor without arguments.
    }

    @Override
    public ExporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        String indent = request.options().get(PRETTY) ? "  " : "";
        String newline = indent.isEmpty() ? "" : "\n";
        Writer out = new OutputStreamWriter(request.output(), StandardCharsets.UTF_8);
        out.write("{" + newline + indent + "\"event\": " + quoted(report.event().name()) + "," + newline);
        out.write(indent + "\"classifications\": [");
        String separator = "";
        // report.event() is the event as known in the run's scope (--stage, --category).
        for (Classification classification : report.event().classifications()) {
            out.write(separator + newline + indent + indent + "{\"category\": " + quoted(classification.categoryId())
                    + ", \"kind\": " + quoted(classification.kind().id())
                    + ", \"stage\": " + quoted(classification.stageLabel()) + ", \"rows\": [");
            String rowSeparator = "";
            for (ClassificationRow row : classification.rows()) {
                Entry entry = report.index().entry(row.entryId()).orElseThrow();
                out.write(rowSeparator + newline + indent + indent + indent
                        + "{\"position\": " + row.position()
                        + ", \"number\": " + entry.number()
                        + ", \"crew\": " + quoted(entry.crewNames())
                        + ", \"time\": " + quoted(row.time() == null ? null : Times.format(row.time()))
                        + ", \"gap\": " + quoted(row.gap() == null ? null : Times.formatGap(row.gap()))
                        + ", \"status\": " + quoted(row.status().name().toLowerCase(java.util.Locale.ROOT)) + "}");
                rowSeparator = ",";
            }
            out.write(newline + indent + indent + "]}");
            separator = ",";
        }
        out.write(newline + indent + "]" + newline + "}" + newline);
        // Flush, never close: the host owns the stream.
        out.flush();
    }

    /** A JSON string, or null. */
    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
