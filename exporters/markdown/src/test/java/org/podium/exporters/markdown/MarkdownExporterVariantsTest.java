package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.testkit.SampleEvents;

/** The sample event changed in one way each, for what it does not show by itself. */
class MarkdownExporterVariantsTest {

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    @TempDir
    Path dir;

    @Test
    void penaltyColumnAppearsWhenARowHasOneAndStatusWordsReplacePositions() throws Exception {
        Classification general = new Classification("trucks", ClassificationKind.GENERAL, "3", Basis.COMPUTED, true,
                Lists.immutable.of(
                        new ClassificationRow(1, "trucks-409", "Kamaz", Duration.parse("PT1H20M"), false, null,
                                Duration.ofMinutes(18), ResultStatus.CLASSIFIED, HERE),
                        new ClassificationRow(null, "trucks-411", "Tatra", null, false, null, null,
                                ResultStatus.DISQUALIFIED, HERE)),
                HERE);
        ParsedDocument document = document(withClassifications(SampleEvents.dakarExcerpt(), general));

        ParsedDocument.Table table = document.table("Trucks", "Stage 3", "General classification after stage 3");
        assertThat(table.header()).containsExactly("Pos", "No.", "Crew", "Make", "Time", "Gap", "Penalty");
        assertThat(table.alignment("Penalty")).isEqualTo(TableCell.Alignment.RIGHT);
        assertThat(table.column("Pos")).containsExactly("1", "Disqualified");
        assertThat(table.column("Penalty")).containsExactly("0:18:00", "");
        assertThat(table.column("Make")).containsExactly("Kamaz", "Tatra");
        assertThat(document.textUnder("Trucks", "Stage 3", "General classification after stage 3"))
                .as("a complete classification is not called a top N").doesNotContain("as reported by the source");
    }

    @Test
    void cancelledStageNamesTheAwardedTimeWhenItsStageIsKnown() throws Exception {
        Event sample = SampleEvents.dakarExcerpt();
        Event placed = new Event(sample.name(), sample.edition(), sample.startDate(), sample.finishDate(),
                sample.description(), sample.source(), sample.properties(), sample.categories(), sample.stages(),
                sample.entries(), sample.classifications(),
                Lists.immutable.of(new Penalty("bikes-cyril-despres", "3", Duration.ofMinutes(14), null, null)),
                Lists.immutable.of(new AwardedTime("trucks", "2", Duration.ofMinutes(50), "n3")), sample.notes());

        ParsedDocument document = document(placed);

        assertThat(document.textUnder("Trucks", "Stage 2"))
                .contains("Stage 2 was cancelled for Trucks. Every crew was awarded 0:50:00.");
        assertThat(document.textUnder("Trucks")).doesNotContain("stage not stated");
        assertThat(document.textUnder("Bikes", "Stage 3")).contains("Cyril Despres (FRA): 0:14:00, stage 3");
    }

    @Test
    void cancelledStagePointsToAnAwardedTimeWithoutStage() throws Exception {
        assertThat(document(SampleEvents.dakarExcerpt()).textUnder("Trucks", "Stage 2")).contains(
                "Stage 2 was cancelled for Trucks. The source gives an awarded time of 0:50:00 without stating its stage.");
    }

    @Test
    void loopStageIsMarkedInItsRoute() throws Exception {
        assertThat(document(SampleEvents.dakarExcerpt()).textUnder("Bikes", "Stage 10"))
                .contains("2002-01-07 · Atar → Atar (loop) · 404.5 km");
    }

    private static Event withClassifications(Event event, Classification... more) {
        ImmutableList<Classification> classifications = event.classifications().newWithAll(List.of(more));
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                classifications, event.penalties(), event.awardedTimes(), event.notes());
    }

    private ParsedDocument document(Event event) throws Exception {
        Path target = dir.resolve("event.md");
        Files.deleteIfExists(target);
        new MarkdownExporter().write(event, new ExportRequest(target,
                ExportOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z")), Maps.immutable.empty(),
                Diagnostics.collector()));
        return new ParsedDocument(Files.readString(target, StandardCharsets.UTF_8));
    }
}
