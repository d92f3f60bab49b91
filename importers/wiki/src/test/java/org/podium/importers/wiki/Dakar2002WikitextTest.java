package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;
import org.podium.testkit.SampleArticles;

/**
 * The acceptance: the 2002 Dakar Rally as MediaWiki wikitext (merged cells restored) and
 * as the bundled plain-text article import to the same event. Only the file name and the source
 * positions may differ.
 */
class Dakar2002WikitextTest {

    private static Event fromWikitext;
    private static Event fromArticle;
    private static Diagnostics.Collector diagnostics;

    @BeforeAll
    static void read(@TempDir Path dir) throws Exception {
        diagnostics = Diagnostics.collector();
        fromWikitext = new WikiImporter().read(ImportRequest.of(WikitextFiles.copy(WikitextFiles.DAKAR, dir), diagnostics));
        fromArticle = new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(dir), Diagnostics.collector()));
    }

    @Test
    void theEventItselfIsTheSame() {
        assertThat(fromWikitext.name()).isEqualTo(fromArticle.name()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
        assertThat(fromWikitext.edition()).isEqualTo(fromArticle.edition()).isEqualTo("24");
        assertThat(fromWikitext.startDate()).isEqualTo(fromArticle.startDate());
        assertThat(fromWikitext.finishDate()).isEqualTo(fromArticle.finishDate());
        assertThat(fromWikitext.description()).isEqualTo(fromArticle.description());
        assertThat(fromWikitext.source()).isEqualTo("2002-dakar-rally.wikitext");
    }

    @Test
    void theInfoboxGivesTheArticlesProperties() {
        assertThat(fromWikitext.properties()).containsExactlyElementsOf(fromArticle.properties());
        assertThat(fromWikitext.property("Caption")).contains("2002 Dakar Rally");
        assertThat(fromWikitext.property("Previous Round")).contains("2001 Dakar Rally");
        assertThat(fromWikitext.property("Driver3")).contains("RUS Vladimir Chagin, RUS Semen Yakubov, RUS Sergey Savostin");
    }

    @Test
    void categoriesAndStagesAreTheSame() {
        assertThat(fromWikitext.categories()).containsExactlyElementsOf(fromArticle.categories());
        assertThat(fromWikitext.stages()).hasSize(17);
        for (int i = 0; i < fromArticle.stages().size(); i++) {
            assertThat(fromWikitext.stages().get(i)).as("stage %d", i + 1).isEqualTo(fromArticle.stages().get(i));
            assertThat(fromWikitext.stages().get(i).categories()).as("statuses and winners of stage %d", i + 1)
                    .containsExactlyElementsOf(fromArticle.stages().get(i).categories());
        }
    }

    @Test
    void entriesAreTheSameCrewsWithTheSameNationalities() {
        assertThat(fromWikitext.entries()).containsExactlyElementsOf(fromArticle.entries());
        assertThat(fromWikitext.entries().detect(e -> e.crew().getFirst().name().equals("Jan de Rooy")).crew())
                .containsExactly(new Person("Jan de Rooy", "NED"), new Person("Gérard de Rooy", "NED"),
                        new Person("Yvo Geusens", "BEL"));
    }

    @Test
    void everyClassificationRowIsTheSame() {
        assertThat(fromWikitext.classifications()).hasSameSizeAs(fromArticle.classifications());
        int rows = 0;
        for (int c = 0; c < fromArticle.classifications().size(); c++) {
            Classification expected = fromArticle.classifications().get(c);
            Classification actual = fromWikitext.classifications().get(c);
            String which = expected.categoryId() + " " + expected.kind() + " " + expected.stageLabel();
            assertThat(actual.categoryId()).as(which).isEqualTo(expected.categoryId());
            assertThat(actual.kind()).as(which).isEqualTo(expected.kind());
            assertThat(actual.stageLabel()).as(which).isEqualTo(expected.stageLabel());
            assertThat(actual.rows()).as(which).hasSameSizeAs(expected.rows());
            for (int r = 0; r < expected.rows().size(); r++) {
                ClassificationRow want = expected.rows().get(r);
                assertThat(actual.rows().get(r)).as("%s row %d", which, r + 1).isEqualTo(want);
                rows++;
            }
            assertThat(actual).as(which).isEqualTo(expected);
        }
        assertThat(rows).as("258 stage rows and 30 final rows").isEqualTo(288);
    }

    @Test
    void penaltiesAwardedTimesAndNotesAreTheSame() {
        assertThat(fromWikitext.penalties()).containsExactlyElementsOf(fromArticle.penalties()).hasSize(2);
        assertThat(fromWikitext.awardedTimes()).containsExactlyElementsOf(fromArticle.awardedTimes()).hasSize(1);
        assertThat(fromWikitext.notes()).hasSameSizeAs(fromArticle.notes());
        for (int i = 0; i < fromArticle.notes().size(); i++) {
            assertThat(fromWikitext.notes().get(i)).as("note %d", i + 1).isEqualTo(fromArticle.notes().get(i));
            assertThat(fromWikitext.notes().get(i).text()).isEqualTo(fromArticle.notes().get(i).text());
        }
        assertThat(fromWikitext.notes().getFirst().text())
                .isEqualTo("Stages cancelled for trucks due to poor weather conditions.");
    }

    @Test
    void theWholeEventIsTheSameButForItsFileName() {
        Event renamed = new Event(fromWikitext.name(), fromWikitext.edition(), fromWikitext.startDate(),
                fromWikitext.finishDate(), fromWikitext.description(), fromArticle.source(), fromWikitext.properties(),
                fromWikitext.categories(), fromWikitext.stages(), fromWikitext.entries(),
                fromWikitext.classifications(), fromWikitext.penalties(), fromWikitext.awardedTimes(),
                fromWikitext.notes());
        // SourcePosition compares equal to every other, so only the positions may differ here.
        assertThat(renamed).isEqualTo(fromArticle);
    }

    @Test
    void positionsPointIntoTheWikitext() {
        ClassificationRow quinonero = fromWikitext.classifications().getFirst().rows().getFirst();
        SourcePosition where = quinonero.source();
        assertThat(where.describe()).isEqualTo("2002-dakar-rally.wikitext:69:25");
        assertThat(fromWikitext.notes().getFirst().source().describe()).startsWith("2002-dakar-rally.wikitext:58:");
    }

    @Test
    void readsWithoutErrorsAndSaysWhereTheTitleCameFrom() {
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(diagnostics.all().collect(Diagnostic::message))
                .anyMatch(m -> m.contains("the title '2002 Arras–Madrid–Dakar Rally' is the infobox's name"));
    }
}
