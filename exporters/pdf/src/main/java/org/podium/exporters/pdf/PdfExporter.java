package org.podium.exporters.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import java.io.IOException;
import org.podium.exporters.pdf.internal.BulletinDocument;
import org.podium.exporters.pdf.internal.Paper;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginOption;
import org.podium.spi.Plugins;

/**
 * Writes a report as a PDF bulletin an official can sign: the itinerary, then per category each
 * stage's result and the general classification after it, and the final standings; for a report
 * as of stage N, the bulletin after that stage; then, unless the charts are turned off, the race
 * charts (the gaps up to the stage, for a stage bulletin). Every name prints as the source spells
 * it, in embedded Liberation Sans, in the charts too; text those fonts cannot print is an
 * {@link ExportException}. Stateless.
 */
public final class PdfExporter implements Exporter {

    /** The page size, always portrait. */
    public static final PluginOption<String> PAPER =
            PluginOption.choice("paper", "page size, portrait", Paper.A4.id(), Paper.A4.id(), Paper.LETTER.id());

    private static final ExporterDescriptor DESCRIPTOR = ExporterDescriptor.builder("pdf", "PDF bulletin")
            .mediaType("application/pdf")
            .extensions("pdf")
            .option(PAPER)
            .build();

    public PdfExporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public ExporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        Paper paper = Paper.fromOption(request.options().get(PAPER));
        try {
            BulletinDocument.write(report, paper, Plugins.version(this), request.output(), request.diagnostics());
        } catch (DocumentException e) {
            throw new ExportException("OpenPDF could not lay out the bulletin: " + e.getMessage(), e);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException (a full disk) in an unchecked exception: unwrapped,
            // the user reads "No space left on device", not a plugin fault with a stack trace.
            if (e.getException() instanceof IOException output) {
                throw output;
            }
            throw e;
        }
    }
}
