package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;

/**
 * The bulletin after stage 13 of the bundled article, amended: bulletin 8, with Esteve's stage-13
 * gap mended (4:12 in the article, 4:42 by the times), replaces bulletin 7 and lists that change
 * on its first page, before the itinerary, as PDFBox reads it.
 */
class PdfAmendmentTest {

    @TempDir
    Path dir;

    @Test
    void theFirstPageSaysWhatItReplacesAndWhatChangedSince() throws Exception {
        Event bulletin7 = read("bulletin-7.txt", SampleArticles.dakar2002Text());
        Event bulletin8 = read("bulletin-8.txt",
                SampleArticles.dakar2002Text().replace("| 6:14:48 | 4:12 |", "| 6:14:48 | 4:42 |"));
        Report report = Report.builder(bulletin8, DocumentOptions.builder(Bulletins.ISSUED).bulletin(8).build())
                .scope(Scope.of(List.of(), "13")).amends(bulletin7, 7, "bulletin-7.txt").build();

        List<String> pages = ReadBack.pages(Bulletins.write(report, dir.resolve("bulletin-8.pdf")));

        String first = pages.get(0);
        assertThat(first).contains("Bulletin 8  ·  Replaces bulletin 7  ·  Issued");
        assertThat(first).containsSubsequence("Changes since bulletin 7\nBikes\n",
                "–  stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42\n", "Itinerary\n");
        // The stage's own table shows the mended gap.
        assertThat(first).contains("4 Isidre Esteve ESP KTM Repsol KTM 6:14:48 +0:04:42");
    }

    @Test
    void nothingChangedIsSaidNotLeftBlank() throws Exception {
        Event bulletin7 = read("bulletin-7.txt", SampleArticles.dakar2002Text());
        Report report = Report.builder(bulletin7, DocumentOptions.builder(Bulletins.ISSUED).language("fr").build())
                .amends(bulletin7, null, "bulletin-7.txt").build();

        String first = ReadBack.pages(Bulletins.write(report, dir.resolve("same.pdf"))).get(0);

        assertThat(first).contains("Rectifie bulletin-7.txt", "Modifications depuis bulletin-7.txt\n"
                + "Aucune modification depuis bulletin-7.txt.");
    }

    private Event read(String name, String text) throws Exception {
        Path article = Files.writeString(dir.resolve(name), text);
        return new WikiImporter().read(ImportRequest.of(article, Diagnostics.collector()));
    }
}
