package org.podium.exporters.excel.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.podium.spi.ExportException;

/**
 * Where POI's streaming workbook spills its rows: the scratch folder the host gave this export, not
 * {@code poifiles/} in the system's temporary folder, where a killed run left the event's data for
 * nobody to clean. The strategy is POI's thread-local one, set only while this export runs, so
 * exports on other threads and a host's own use of POI are untouched.
 *
 * <p>POI reports a spill file it cannot create or write (a full disk, a full or missing temporary
 * folder) as an unchecked exception around an {@link IOException}; it is given back as that
 * {@code IOException}, naming the folder, so the host fails the output as a file-system problem,
 * not as a bug of the exporter.
 */
final class ScratchFiles implements TempFileCreationStrategy {

    /** The work of one export, which may write files and throw as {@link EventWorkbook} does. */
    @FunctionalInterface
    interface Work {
        void run() throws ExportException, IOException;
    }

    private final Path folder;

    private ScratchFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * Runs {@code work} with POI's temporary files in {@code folder}, or, when the host gave none
     * (null), where POI puts them by default.
     */
    static void run(Path folder, Work work) throws ExportException, IOException {
        try {
            if (folder == null) {
                work.run();
                return;
            }
            Throwable[] failure = new Throwable[1];
            TempFile.withStrategy(new ScratchFiles(folder), () -> {
                try {
                    work.run();
                } catch (ExportException | IOException e) {
                    failure[0] = e;
                }
                return null;
            });
            if (failure[0] instanceof ExportException e) {
                throw e;
            }
            if (failure[0] instanceof IOException e) {
                throw e;
            }
        } catch (RuntimeException e) {
            IOException cause = ioCause(e);
            if (cause == null) {
                throw e;
            }
            throw new IOException("cannot write the workbook's temporary files in "
                    + (folder != null ? folder : Path.of(System.getProperty(TempFile.JAVA_IO_TMPDIR), "poifiles"))
                    + ": " + reason(cause), cause);
        }
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(folder, prefix).toFile();
    }

    /** The {@link IOException} POI wrapped, a few causes deep at most. */
    private static IOException ioCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                return unchecked.getCause();
            }
        }
        return null;
    }

    private static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
