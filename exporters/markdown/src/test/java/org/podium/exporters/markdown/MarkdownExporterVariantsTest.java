package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.eclipse.collections.api.factory.Lists;
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
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
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
        assertThat(table.header()).containsExactly("Pos.", "No.", "Crew", "Make", "Time", "Gap", "Pen.");
        assertThat(table.alignment("Pen.")).isEqualTo(TableCell.Alignment.RIGHT);
        assertThat(table.column("Pos.")).containsExactly("1", "Disqualified");
        assertThat(table.column("Pen.")).containsExactly("0:18:00", "");
        assertThat(table.column("Make")).containsExactly("Kamaz", "Tatra");
        assertThat(document.textUnder("Trucks", "Stage 3", "General classification after stage 3"))
                .as("a complete classification is not called a top N").doesNotContain("not a complete classification");
    }

    @Test
    void cancelledStageListsTheAwardedTimeWhenItsStageIsKnown() throws Exception {
        ParsedDocument document = document(with(SampleEvents.dakarExcerpt(),
                Lists.immutable.of(new Penalty("bikes-cyril-despres", "3", Duration.ofMinutes(14), null, null)),
                Lists.immutable.of(new AwardedTime("trucks", "2", Duration.ofMinutes(50), "n3"))));

        assertThat(document.textUnder("Trucks", "Stage 2")).contains(
                "Stage 2 was cancelled for Trucks.\nNotes:\nAll competitors awarded a stage time of 50:00.\n"
                        + "Awarded times:\n0:50:00 to every crew, stage 2\n");
        assertThat(document.textUnder("Trucks")).doesNotContain("stage not stated", "without stating its stage");
        assertThat(document.textUnder("Bikes", "Stage 3")).contains("Penalties:\nCyril Despres (FRA): 0:14:00, stage 3\n");
    }

    @Test
    void cancelledStagePointsToAnAwardedTimeWithoutStage() throws Exception {
        assertThat(document(SampleEvents.dakarExcerpt()).textUnder("Trucks", "Stage 2")).contains(
                "Stage 2 was cancelled for Trucks. The source gives an awarded time of 0:50:00 without stating its stage.");
    }

    @Test
    void penaltyAndAwardedTimePlacedByTheChecksAreMarkedWhereTheirStagePutsThem() throws Exception {
        Event placed = with(SampleEvents.dakarExcerpt(),
                Lists.immutable.of(new Penalty("bikes-nani-roma", "10", Duration.ofMinutes(18), "failing to complete"
                        + " the liaison section in the allotted time", null, true)),
                Lists.immutable.of(new AwardedTime("trucks", "2", Duration.ofMinutes(50), "n3", true)));

        ParsedDocument document = document(placed);

        assertThat(document.textUnder("Bikes", "Stage 10")).contains("Penalties:\nNani Roma (ESP): 0:18:00 for failing"
                + " to complete the liaison section in the allotted time, stage 10 (placed by Podium's checks)\n");
        assertThat(document.textUnder("Bikes", "Stage 3")).doesNotContain("0:18:00");
        assertThat(document.textUnder("Trucks", "Stage 2"))
                .contains("0:50:00 to every crew, stage 2 (placed by Podium's checks)");
    }

    @Test
    void aPenaltyOfALaterStageIsNotKnownInTheBulletinOfAnEarlierOne() throws Exception {
        Event event = with(SampleEvents.dakarExcerpt(),
                Lists.immutable.of(new Penalty("bikes-nani-roma", "10", Duration.ofMinutes(18), "speeding", null, true)),
                SampleEvents.dakarExcerpt().awardedTimes());

        String afterStage3 = Written.markdown(Written.report(event, Written.options().build(), List.of(), "3"), dir);
        ParsedDocument afterStage10 = Written.document(Written.report(event, Written.options().build(), List.of(), "10"),
                dir);

        assertThat(afterStage3).contains("Results after stage 3").doesNotContain("0:18:00");
        assertThat(afterStage10.textUnder("Bikes", "Stage 10"))
                .contains("Nani Roma (ESP): 0:18:00 for speeding, stage 10 (placed by Podium's checks)");
    }

    @Test
    void loopStageIsMarkedInItsRoute() throws Exception {
        assertThat(document(SampleEvents.dakarExcerpt()).textUnder("Bikes", "Stage 10"))
                .contains("2002-01-07 · Atar → Atar (loop) · 404.5 km");
    }

    @Test
    void aRowOfACrewTheEntriesDoNotListShowsItsIdAndIsReportedOnce() throws Exception {
        Classification stage = new Classification("trucks", ClassificationKind.STAGE, "10", Basis.REPORTED, true,
                Lists.immutable.of(new ClassificationRow(1, "trucks-999", "MAN", Duration.parse("PT5H"), false, null,
                        null, ResultStatus.CLASSIFIED, HERE)),
                HERE);
        Classification general = new Classification("trucks", ClassificationKind.GENERAL, "10", Basis.REPORTED,
                true, stage.rows(), HERE);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Report report = Report.of(withClassifications(SampleEvents.dakarExcerpt(), stage, general),
                Written.options().build());

        ParsedDocument document = new ParsedDocument(Written.read(Written.file(report, dir, "unknown.md", diagnostics)));

        assertThat(document.table("Trucks", "Stage 10", "Stage 10 classification").column("Crew"))
                .containsExactly("trucks-999");
        assertThat(diagnostics.all()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("'trucks-999'"));
    }

    private static Event withClassifications(Event event, Classification... more) {
        ImmutableList<Classification> classifications = event.classifications().newWithAll(List.of(more));
        return event.withClassifications(classifications);
    }

    private static Event with(Event event, ImmutableList<Penalty> penalties, ImmutableList<AwardedTime> awarded) {
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                event.classifications(), penalties, awarded, event.notes());
    }

    private ParsedDocument document(Event event) throws Exception {
        return Written.document(Report.of(event, Written.options().build()), dir);
    }
}
