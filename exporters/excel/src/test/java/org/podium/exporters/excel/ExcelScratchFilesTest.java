package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.spi.ExportRequest;

/**
 * Issue 11: POI's streamed rows went to {@code poifiles/} in the system's temporary folder, where a
 * killed run left the event's data for nobody to clean, and a full temporary folder was a "bug" of
 * the exporter. They now go to the scratch folder the host gives, and a spill file that cannot be
 * written is an {@link IOException} naming that folder.
 */
class ExcelScratchFilesTest {

    @TempDir
    Path dir;

    @Test
    void theStreamedRowsWaitInTheHostsScratchFolderAndAreGoneAfter() throws Exception {
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        List<String> duringWrite = new ArrayList<>();
        // POI writes the workbook out while its spill files still exist: look then.
        OutputStream output = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                if (duringWrite.isEmpty()) {
                    duringWrite.addAll(listing(scratch));
                }
                super.write(bytes, offset, length);
            }
        };

        new ExcelExporter().write(Workbooks.report(Dakar2002Fixture.event()),
                ExportRequest.toStream(output).scratch(scratch).build());

        assertThat(duringWrite).isNotEmpty().allMatch(name -> name.startsWith("poi-sxssf-"));
        assertThat(listing(scratch)).as("POI deletes them when the workbook closes").isEmpty();
    }

    @Test
    void aScratchFolderThatCannotBeWrittenIsAnIoErrorNamingItNotAPluginBug() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("full"), "a file where a folder should be");
        Path scratch = notAFolder.resolve("scratch");

        assertThatThrownBy(() -> new ExcelExporter().write(Workbooks.report(Dakar2002Fixture.event()),
                ExportRequest.toStream(new ByteArrayOutputStream()).scratch(scratch).build()))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write the workbook's temporary files in " + scratch + ": Not a directory");
    }

    @Test
    void aMissingScratchFolderIsNamedToo() {
        Path scratch = dir.resolve("gone");

        assertThatThrownBy(() -> new ExcelExporter().write(Workbooks.report(Dakar2002Fixture.event()),
                ExportRequest.toStream(new ByteArrayOutputStream()).scratch(scratch).build()))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write the workbook's temporary files in " + scratch + ": no such folder");
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
