package org.podium.launcher;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.OutputKind;
import org.podium.spi.PluginFault;
import org.podium.spi.PluginOptions;

/**
 * How the host writes one output: the exporter writes into a temporary file or folder that the host
 * created in a work folder beside the target ({@link Leftovers}), with a scratch folder there for its
 * own temporary files, and only a complete result is moved into place. When the exporter refuses,
 * fails or throws, the work folder is deleted and the previous target stays as it was; when the
 * run is killed, the next run's sweep removes it. Plugins never handle temporary names or create
 * their target.
 */
public final class SafeExport {

    private static final int BUFFER = 1 << 16;

    private SafeExport() {
    }

    /**
     * Writes the report with the exporter at {@code target}: a file, or a folder for a
     * {@link OutputKind#FOLDER} exporter. The target's folder must exist.
     *
     * @param origin where the exporter came from ({@code built-in} or its jar), for a fault's message
     * @throws ExportException when the exporter refuses the report
     * @throws IOException     when the output cannot be written or moved into place
     * @throws PluginFault     when the exporter throws an unchecked exception or an error, except
     *                         {@link OutOfMemoryError} and {@link StackOverflowError}, which are thrown
     *                         as they are (after the temporary is deleted): the JVM's limits, not the plugin's bug
     */
    public static void write(Exporter exporter, String origin, Report report, PluginOptions options,
            Diagnostics diagnostics, Path target) throws ExportException, IOException, PluginFault {
        Objects.requireNonNull(report, "report");
        OutputKind kind = exporter.descriptor().outputKind();
        Path work = Leftovers.create(target);
        try {
            Path scratch = Files.createDirectory(work.resolve(Leftovers.SCRATCH));
            Path written = work.resolve(Leftovers.OUTPUT);
            if (kind == OutputKind.FOLDER) {
                Files.createDirectory(written);
                run(exporter, origin, report, ExportRequest.toFolder(written).scratch(scratch), options, diagnostics);
                AtomicOutput.moveFolderIntoPlace(work, written, target);
            } else {
                CompanionFiles companions = new CompanionFiles(
                        Files.createDirectory(work.resolve(Leftovers.COMPANIONS)), target);
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(written,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), BUFFER)) {
                    run(exporter, origin, report, ExportRequest.toStream(new CloseShield(file)).scratch(scratch)
                            .companions(companions), options, diagnostics);
                }
                companions.moveIntoPlace(target);
                AtomicOutput.moveFileIntoPlace(written, target);
            }
        } catch (ExportException | IOException | PluginFault | RuntimeException | Error e) {
            AtomicOutput.deleteQuietly(work, e);
            throw e;
        }
        try {
            // The scratch files, and the previous output of a folder.
            AtomicOutput.deleteRecursively(work);
        } catch (IOException e) {
            // The output is in place; the next run's sweep removes what is left.
        }
    }

    private static void run(Exporter exporter, String origin, Report report, ExportRequest.Builder request,
            PluginOptions options, Diagnostics diagnostics) throws ExportException, IOException, PluginFault {
        try {
            exporter.write(report, request.options(options).diagnostics(diagnostics).build());
        } catch (OutOfMemoryError | StackOverflowError e) {
            // A limit of the JVM, not the plugin's fault: the caller says what ran out (see OutOfResources).
            throw e;
        } catch (RuntimeException | Error e) {
            throw new PluginFault("exporter", exporter.descriptor().id(), origin, "writing", e);
        }
    }

    /** The stream an exporter gets: closing it only flushes, so the host decides when the file is complete. */
    private static final class CloseShield extends FilterOutputStream {
        CloseShield(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
