package org.podium.samples.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginOption;

/**
 * One static, self-contained results page for a race website: a tab per category, within it a
 * choice of stage showing the stage's classification and the general classification after it, and
 * the final classification where there is one; tables sort by any column. No network request at
 * all (CSS and script are inline, and the page's Content-Security-Policy forbids any other), and
 * without JavaScript every classification is on the page, one after the other.
 *
 * <p>Words and formats are Podium's ({@link Report#labels()}), in the report's language; what the
 * source leaves incomplete ({@link Report#caveats()}, partial tables) is printed, never dropped.
 * Stateless.
 */
public final class HtmlExporter implements Exporter {

    /** The view each category opens on. */
    static final PluginOption<String> OPEN = PluginOption.choice("open",
            "the view each category opens on: last (the latest results, the final classification once there is"
                    + " one) or first (the first stage with results)",
            "last", "last", "first");

    private static final ExporterDescriptor DESCRIPTOR = ExporterDescriptor.builder("html", "HTML results page")
            .mediaType("text/html")
            .extensions("html")
            .option(OPEN)
            .build();

    public HtmlExporter() {
        // ServiceLoader needs a public constructor without arguments.
    }

    @Override
    public ExporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        boolean openOnFirst = request.options().get(OPEN).equals("first");
        Writer out = new BufferedWriter(new OutputStreamWriter(request.output(), StandardCharsets.UTF_8));
        ResultsPage.write(report, openOnFirst, request.diagnostics(), out);
        // Flush, never close: the host owns the stream.
        out.flush();
    }
}
