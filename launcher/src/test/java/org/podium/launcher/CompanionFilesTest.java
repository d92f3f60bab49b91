package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Companions;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginFault;
import org.podium.spi.PluginOptions;

/** Files an exporter writes beside its document: in place with it, or not at all. */
class CompanionFilesTest {

    @TempDir
    Path dir;

    private static final Report REPORT = Report.of(TestPlugins.RaceImporter.event("Dakar", "dakar.txt"),
            DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z")));

    /** A document linking to a chart it writes beside itself; fails after the chart when asked to. */
    private record ChartingExporter(String suffix, boolean failAfterChart) implements Exporter {
        @Override
        public ExporterDescriptor descriptor() {
            return ExporterDescriptor.builder("charted", "Charted text").mediaType("text/plain").extensions("md").build();
        }

        @Override
        public void write(Report report, ExportRequest request) throws ExportException, IOException {
            Companions companions = request.companions().orElseThrow();
            try (OutputStream chart = companions.create(suffix)) {
                chart.write("<svg/>".getBytes(StandardCharsets.UTF_8));
            }
            if (failAfterChart) {
                throw new ExportException("the fonts cannot print a name");
            }
            request.output().write(("![positions](" + companions.name(suffix) + ")\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void write(Exporter exporter, Path target) throws Exception {
        SafeExport.write(exporter, "test", REPORT, PluginOptions.defaults(Lists.immutable.empty()),
                Diagnostics.collector(), target);
    }

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(path -> path.getFileName().toString()).sorted();
    }

    @Test
    void theCompanionIsNamedAfterTheDocumentAndPutBesideIt() throws Exception {
        write(new ChartingExporter("bikes-positions.svg", false), dir.resolve("dakar.md"));
        assertThat(names()).containsExactly("dakar-bikes-positions.svg", "dakar.md");
        assertThat(Files.readString(dir.resolve("dakar.md"))).isEqualTo("![positions](dakar-bikes-positions.svg)\n");
        assertThat(Files.readString(dir.resolve("dakar-bikes-positions.svg"))).isEqualTo("<svg/>");
    }

    @Test
    void aRefusedExportLeavesThePreviousDocumentAndItsCompanionsAsTheyWere() throws Exception {
        Files.writeString(dir.resolve("dakar.md"), "bulletin 6");
        Files.writeString(dir.resolve("dakar-bikes-positions.svg"), "<svg>bulletin 6</svg>");
        assertThatThrownBy(() -> write(new ChartingExporter("bikes-positions.svg", true), dir.resolve("dakar.md")))
                .isInstanceOf(ExportException.class);
        assertThat(names()).containsExactly("dakar-bikes-positions.svg", "dakar.md");
        assertThat(Files.readString(dir.resolve("dakar-bikes-positions.svg"))).isEqualTo("<svg>bulletin 6</svg>");
        assertThat(Files.readString(dir.resolve("dakar.md"))).isEqualTo("bulletin 6");
    }

    @Test
    void aSuffixThatCouldLeaveTheFolderIsTheExportersFaultAndNothingIsWritten() {
        for (String suffix : new String[] {"../escape.svg", "/etc/passwd", "Charts.svg", "", ".hidden"}) {
            assertThatThrownBy(() -> write(new ChartingExporter(suffix, false), dir.resolve("dakar.md")))
                    .as(suffix).isInstanceOf(PluginFault.class);
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void oneSuffixOnce() throws Exception {
        CompanionFiles companions = new CompanionFiles(Files.createDirectory(dir.resolve("work")), dir.resolve("a.md"));
        companions.create("chart.svg").close();
        assertThatThrownBy(() -> companions.create("chart.svg")).isInstanceOf(IOException.class);
        assertThat(companions.name("chart.svg")).isEqualTo("a-chart.svg");
    }

    @Test
    void aFolderRequestHasNone() {
        assertThat(ExportRequest.toFolder(dir).build().companions()).isEmpty();
        assertThat(ExportRequest.toStream(OutputStream.nullOutputStream()).build().companions()).isEmpty();
    }
}
