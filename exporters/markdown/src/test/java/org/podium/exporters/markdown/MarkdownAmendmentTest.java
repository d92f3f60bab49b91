package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Event;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;

/**
 * An amendment of the bundled article: bulletin 8, with Esteve's stage-13 gap mended (the article
 * says 4:12 where the times make it 4:42), replaces bulletin 7 and says first what changed.
 */
class MarkdownAmendmentTest {

    @TempDir
    Path dir;

    @Test
    void bulletin8ListsTheMendedGapFirstUnderChangesSinceBulletin7() throws Exception {
        Report report = Report.builder(mended(), Written.options().bulletin(8).build())
                .amends(Written.dakar2002(), 7, "bulletin-7.txt").build();

        String markdown = Written.markdown(report, dir);
        ParsedDocument document = new ParsedDocument(markdown);

        assertThat(document.headings(2)).startsWith("Changes since bulletin 7", "Itinerary", "Bikes");
        assertThat(document.textUnder("Changes since bulletin 7", "Bikes")).isEqualTo(
                "stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42\n");
        assertThat(document.textUnder("Changes since bulletin 7")).as("no other category changed")
                .isEqualTo(document.textUnder("Changes since bulletin 7", "Bikes"));
        assertThat(markdown).contains("- Bulletin: 8\n- Replaces bulletin 7\n");
    }

    @Test
    void inFrenchAndAfterAStageBeforeTheChangeNothingChanged() throws Exception {
        Report report = Report.builder(mended(), Written.options().language("fr").build())
                .scope(Scope.of(java.util.List.of(), "12")).amends(Written.dakar2002(), 7, "bulletin-7.txt").build();

        ParsedDocument document = Written.document(report, dir);

        assertThat(document.headings(2)).startsWith("Modifications depuis le bulletin 7");
        assertThat(document.textUnder("Modifications depuis le bulletin 7"))
                .isEqualTo("Aucune modification depuis le bulletin 7.\n");
    }

    private Event mended() throws Exception {
        Path article = Files.writeString(dir.resolve("bulletin-8.txt"),
                SampleArticles.dakar2002Text().replace("| 6:14:48 | 4:12 |", "| 6:14:48 | 4:42 |"));
        return new WikiImporter().read(ImportRequest.of(article, Diagnostics.collector()));
    }
}
