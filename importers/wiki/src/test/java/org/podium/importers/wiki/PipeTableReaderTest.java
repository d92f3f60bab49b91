package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.PipeTableReader;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.WikiFormat;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.Severity;

/** A bare table in the article's {@code | a | b |} syntax, cut out of the 2002 Dakar article. */
class PipeTableReaderTest {

    private static final String STAGE_RESULTS = """
            | | <big>Stage result </big> | <big>General classification</big> | | | | | | | |
            | Stage | Pos | Competitor | Make | Time | Gap | Pos | Competitor | Make | Time |
            | 3 | 1 | FRA Richard Sainct | KTM | 26:06 | | 1 | FRA Cyril Despres | KTM | 32:38 |
            | 2 | FRA Cyril Despres | KTM | 26:10 | 0:04 | ESP Nani Roma | KTM | | | |
            | 3 | ESP Nani Roma | KTM | 26:11 | 0:05 | 3 | FIN Kari Tiainen | KTM | 32:59 | 0:21 |

            - - All competitors awarded a stage time of 50:00.
            - Source:
            """;

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void aBareTableIsRecognisedByItsContent() {
        assertThat(WikiFormat.of(STAGE_RESULTS.substring(0, STAGE_RESULTS.indexOf("\n\n")))).contains(WikiFormat.PIPE_TABLE);
        assertThat(WikiFormat.of(STAGE_RESULTS)).as("with its notes under it").contains(WikiFormat.PIPE_TABLE);
    }

    @Test
    void readsTheTableWithTheArticlesRealignmentAndTheNotesUnderIt() throws Exception {
        WikiDocument document = new PipeTableReader("motorcycles-stage-3.txt", diagnostics).read(STAGE_RESULTS);

        assertThat(document.title()).isEqualTo("motorcycles-stage-3");
        assertThat(document.properties()).isEmpty();
        Grid grid = document.grids().getOnly();
        assertThat(grid.columns().collect(p -> p.makeString(" › "))).containsExactly("Stage", "Stage result › Pos",
                "Stage result › Competitor", "Stage result › Make", "Stage result › Time", "Stage result › Gap",
                "General classification › Pos", "General classification › Competitor",
                "General classification › Make", "General classification › Time", "General classification › Gap");
        assertThat(grid.rows()).hasSize(3);
        Grid.GridRow tie = grid.rows().get(1);
        assertThat(tie.cells().collect(Cell::text)).containsExactly("3", "2", "FRA Cyril Despres", "KTM", "26:10", "0:04",
                "1", "ESP Nani Roma", "KTM", "32:38", "");
        assertThat(tie.cell(6).span()).isEqualTo(Cell.Span.FROM_ABOVE);
        assertThat(tie.position().describe()).isEqualTo("motorcycles-stage-3.txt:4:1");
        assertThat(grid.notes().collect(Grid.NoteLine::text)).containsExactly("All competitors awarded a stage time of 50:00.");
        assertThat(grid.notes().getOnly().position().describe()).isEqualTo("motorcycles-stage-3.txt:7:5");
    }

    @Test
    void otherTextIsKeptAsANoteAndSaid() throws Exception {
        WikiDocument document = new PipeTableReader("standings.txt", diagnostics).read(
                "| Pos | Rider | Time |\n| 1 | ITA Fabrizio Meoni | 48:00:59 |\nCopied from the results site.\n");

        assertThat(document.grids().getOnly().rows().getOnly().cells().collect(Cell::text))
                .containsExactly("1", "ITA Fabrizio Meoni", "48:00:59");
        assertThat(document.grids().getOnly().notes().collect(Grid.NoteLine::text))
                .containsExactly("Copied from the results site.");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.position().describe()).isEqualTo("standings.txt:3:1");
            assertThat(d.message()).contains("not a table row");
        });
    }

    @Test
    void aCutOffRowIsAnErrorWithItsPlace() throws Exception {
        new PipeTableReader("cut.txt", diagnostics).read("| Pos | Rider | Time |\n| 1 | ITA Fabrizio Meoni | 48:00:59\n");

        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR).collect(Diagnostic::describe))
                .singleElement().asString().startsWith("cut.txt:2:").contains("cut off");
    }

    @Test
    void aFileWithoutARowIsRefused() {
        assertThatThrownBy(() -> new PipeTableReader("empty.txt", diagnostics).read("- - only a note\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no '| a | b |' table row");
    }
}
