package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.OutputKind;
import org.podium.testkit.SampleEvents;

/** The document of the sample excerpt, read back with commonmark-java as GitHub reads it. */
class MarkdownExporterTest {

    @TempDir
    Path dir;

    @Test
    void describesTheMarkdownFormat() {
        var descriptor = new MarkdownExporter().descriptor();
        assertThat(descriptor.id()).isEqualTo("md");
        assertThat(descriptor.displayName()).isEqualTo("Markdown (GitHub-flavoured)");
        assertThat(descriptor.extensions()).containsExactly("md");
        assertThat(descriptor.mediaType()).isEqualTo("text/markdown");
        assertThat(descriptor.outputKind()).isEqualTo(OutputKind.FILE);
        assertThat(descriptor.options()).isEmpty();
    }

    @Test
    void generalClassificationAfterStage3SharesFirstPlaceBetweenTiedRiders() throws Exception {
        ParsedDocument document = document(Written.options().build());
        ParsedDocument.Table general = document.table("Bikes", "Stage 3", "General classification after stage 3");

        assertThat(general.header()).containsExactly("Pos.", "No.", "Crew", "Make", "Time", "Gap");
        assertThat(general.rows()).containsExactly(
                List.of("1", "", "Cyril Despres (FRA)", "KTM", "0:32:38", ""),
                List.of("1", "", "Nani Roma (ESP)", "KTM", "0:32:38", ""),
                List.of("3", "", "Kari Tiainen (FIN)", "KTM", "0:32:59", "+0:00:21"));
        assertThat(document.textUnder("Bikes", "Stage 3", "General classification after stage 3"))
                .contains("Crews on equal time share a position.");
    }

    @Test
    void stage3ResultStandsBeforeItsGeneralClassification() throws Exception {
        ParsedDocument document = document(Written.options().build());
        ParsedDocument.Table stage = document.table("Bikes", "Stage 3", "Stage 3 classification");

        assertThat(stage.column("Crew")).containsExactly("Cyril Despres (FRA)", "Nani Roma (ESP)");
        assertThat(stage.column("Time")).containsExactly("0:26:10", "0:26:11");
        assertThat(stage.column("Gap")).containsExactly("", "+0:00:01");
        assertThat(document.headings(4)).containsSubsequence("Stage 3 classification",
                "General classification after stage 3");
    }

    @Test
    void finalStandingsMarkTheDerivedTimeAndShowRetirements() throws Exception {
        ParsedDocument document = document(Written.options().build());
        ParsedDocument.Table standings = document.table("Bikes", "Final classification");

        assertThat(standings.header()).containsExactly("Pos.", "No.", "Crew", "Make", "Entrant", "Time", "Gap");
        assertThat(standings.rows()).containsExactly(
                List.of("1", "1", "Fabrizio Meoni (ITA)", "KTM", "KTM Factory Team", "48:00:59", ""),
                List.of("2", "65", "Pål Anders Ullevålseter (NOR)", "KTM", "", "54:12:21 *", "+6:11:22"),
                List.of("Retired", "", "Cyril Despres (FRA)", "KTM", "", "—", ""));
        assertThat(document.textUnder("Bikes", "Final classification"))
                .contains("* Time derived by Podium: the winner's time plus the reported gap.")
                .contains("Top 2 only, as the source reports them: not a complete classification.");
    }

    @Test
    void entrantWithPipeQuotesAndCommaIsOneCell() throws Exception {
        String markdown = markdown(Written.options().build());
        ParsedDocument.Table entries = new ParsedDocument(markdown).table("Bikes", "Entries");

        List<String> quinonero = entries.rowWith("Pierre Quinonero (FRA)");
        assertThat(quinonero).hasSize(entries.header().size());
        assertThat(entries.cell(quinonero, "Entrant")).isEqualTo("Team \"Pipe | Comma, Co\"");
        assertThat(markdown).contains("Team \"Pipe \\| Comma, Co\"");
    }

    @Test
    void entriesAreListedInTheEventsCanonicalOrder() throws Exception {
        ParsedDocument.Table entries = document(Written.options().build()).table("Bikes", "Entries");

        assertThat(entries.header()).containsExactly("No.", "Crew", "Make", "Entrant");
        assertThat(entries.column("No.")).containsExactly("1", "65", "", "", "", "");
        assertThat(entries.column("Crew")).startsWith("Fabrizio Meoni (ITA)", "Pål Anders Ullevålseter (NOR)");
    }

    @Test
    void numbersAndTimesAreRightAlignedAndTextLeftAligned() throws Exception {
        ParsedDocument document = document(Written.options().build());
        ParsedDocument.Table standings = document.table("Bikes", "Final classification");
        ParsedDocument.Table itinerary = document.table("Itinerary");

        for (String column : List.of("Pos.", "No.", "Time", "Gap")) {
            assertThat(standings.alignment(column)).as(column).isEqualTo(TableCell.Alignment.RIGHT);
        }
        for (String column : List.of("Crew", "Make", "Entrant")) {
            assertThat(standings.alignment(column)).as(column).isEqualTo(TableCell.Alignment.LEFT);
        }
        assertThat(itinerary.alignment("km")).isEqualTo(TableCell.Alignment.RIGHT);
        assertThat(itinerary.alignment("Date")).isEqualTo(TableCell.Alignment.LEFT);
    }

    @Test
    void itineraryShowsWinnersLiaisonsCancellationsRestDayAndLoop() throws Exception {
        ParsedDocument document = document(Written.options().build());
        ParsedDocument.Table itinerary = document.table("Itinerary");

        assertThat(itinerary.header()).containsExactly("Stage", "Date", "From", "To", "km", "Bikes", "Trucks");
        assertThat(itinerary.rows()).containsExactly(
                List.of("1", "2001-12-28", "Arras (FRA)", "Châteauroux (FRA)", "465", "Liaison only", "Liaison only"),
                List.of("2", "2001-12-29", "Châteauroux (FRA)", "Narbonne (FRA)", "598", "P. Quinonero", "Cancelled"),
                List.of("3", "2001-12-30", "Narbonne (FRA)", "Madrid (ESP)", "930", "R. Sainct", "C. Pattono"),
                List.of("", "2002-01-06", "Atar", "Rest day", "", "—", "—"),
                List.of("10", "2002-01-07", "Atar", "Atar", "404.5", "A. Cox", "A. de Azevedo"));
        assertThat(document.textUnder("Itinerary"))
                .contains("Itinerary notes:")
                .contains("Stages cancelled for trucks due to poor weather conditions.");
    }

    @Test
    void factsNameDatesEditionCountriesAndSource() throws Exception {
        ParsedDocument document = document(Written.options().build());

        assertThat(document.headings(1)).containsExactly("2002 Arras–Madrid–Dakar Rally");
        assertThat(document.textUnder()).contains(
                "Dates: 2001-12-28 to 2002-01-13",
                "Edition: 24",
                "Route countries: FRA, ESP, MAR, Western Sahara, SEN",
                "Status: provisional",
                "Issued: 2002-01-13T18:00:00Z",
                "Source: 2002-dakar-rally.txt",
                "The 2002 Dakar Rally, also known as the 2002 Arras–Madrid–Dakar Rally.");
        assertThat(document.textUnder()).doesNotContain("Results after stage", "Bulletin:");
        assertThat(document.headings(2)).containsExactly("Itinerary", "Bikes", "Trucks");
    }

    @Test
    void issuedAtIsPrintedInTheZoneOfTheOptions() throws Exception {
        DocumentOptions options = Written.options().status(BulletinStatus.OFFICIAL).bulletin(7)
                .zone(ZoneId.of("Africa/Dakar")).build();

        assertThat(document(options).textUnder())
                .contains("Status: official", "Bulletin: 7", "Issued: 2002-01-13T18:00:00Z[Africa/Dakar]");
    }

    @Test
    void trucksStage2SaysCancelledAndStage1LiaisonOnly() throws Exception {
        ParsedDocument document = document(Written.options().build());

        assertThat(document.textUnder("Trucks", "Stage 2")).contains("Stage 2 was cancelled for Trucks.");
        assertThat(document.hasTableUnder("Trucks", "Stage 2", "Stage 2 classification")).isFalse();
        assertThat(document.textUnder("Bikes", "Stage 1"))
                .contains("Stage 1 was a liaison only for Bikes: no timed special, no classification.");
        assertThat(document.textUnder("Trucks", "Stage 3"))
                .contains("No general classification reported after stage 3.");
    }

    @Test
    void awardedTimeAndPenaltyWithoutStageSayStageNotStated() throws Exception {
        ParsedDocument document = document(Written.options().build());

        assertThat(document.textUnder("Trucks")).contains("Awarded times:\n0:50:00 to every crew, stage not stated");
        assertThat(document.textUnder("Bikes"))
                .contains("Penalties:\nCyril Despres (FRA): 0:14:00 for speeding, stage not stated")
                .contains("Despres had a 14-minute penalty added to his time as a result of speeding.");
        assertThat(document.textUnder("Trucks")).contains("All competitors awarded a stage time of 50:00.");
    }

    @Test
    void accentedNamesAreWrittenExactlyInUtf8() throws Exception {
        Path target = Written.file(report(Written.options().build()), dir, "event.md", Diagnostics.collector());
        String markdown = Written.read(target);
        ParsedDocument.Table trucks = new ParsedDocument(markdown).table("Trucks", "Stage 3", "Stage 3 classification");

        assertThat(trucks.column("Crew")).contains("André de Azevedo (BRA), Tomáš Tomeček (CZE), Jaromír Martinec (CZE)");
        assertThat(markdown).contains("Tomáš Tomeček", "Châteauroux", "Pål Anders Ullevålseter");
        assertThat(Files.readAllBytes(target)).isEqualTo(markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void checksSectionListsTheFindings() throws Exception {
        String markdown = markdown(DocumentOptions.defaults(Written.ISSUED_AT));
        ParsedDocument document = new ParsedDocument(markdown);

        assertThat(document.headings(2)).endsWith("Consistency checks");
        assertThat(document.textUnder("Consistency checks")).startsWith("Podium recomputed every time, gap and"
                + " position that the source's own numbers allow: 2 contradictions, 0 differences explained by the"
                + " source's notes, 2 checks that the source does not give enough to make.");
        assertThat(markdown).contains("### Not verifiable from the source")
                .contains("The 14-minute penalty of Cyril Despres could not be placed on a stage")
                .contains("(note n2)")
                .as("the excerpt's stage 3 result lists Despres first, the itinerary Sainct")
                .contains("### Contradictions\n\n- The itinerary names R. Sainct as the winner of stage 3 (Bikes),"
                        + " but Cyril Despres is first in its result.");
    }

    @Test
    void withoutChecksThereIsNoChecksSection() throws Exception {
        assertThat(document(Written.options().build()).headings(2)).doesNotContain("Consistency checks");
    }

    @Test
    void writesUnixLineEndsOnly() throws Exception {
        String markdown = markdown(Written.options().build());

        assertThat(markdown).doesNotContain("\r").endsWith(".\n").doesNotEndWith("\n\n");
    }

    @Test
    void aCategoryScopeLeavesOutOtherCategories() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Report report = Written.report(SampleEvents.dakarExcerpt(), Written.options().build(), List.of("trucks"), null);
        ParsedDocument document = new ParsedDocument(Written.read(Written.file(report, dir, "trucks.md", diagnostics)));

        assertThat(document.headings(2)).containsExactly("Itinerary", "Trucks");
        assertThat(document.table("Itinerary").header()).containsExactly("Stage", "Date", "From", "To", "km", "Trucks");
        assertThat(document.table("Trucks", "Stage 3", "Stage 3 classification").column("Crew"))
                .containsExactly("Vladimir Chagin (RUS), Semen Yakubov (RUS), Sergey Savostin (RUS)",
                        "André de Azevedo (BRA), Tomáš Tomeček (CZE), Jaromír Martinec (CZE)");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aStageScopeKeepsOnlyThatStageAndTheGeneralClassificationAfterIt() throws Exception {
        ParsedDocument document = document(Written.options().build(), "3");

        assertThat(document.headings(3)).containsExactly("Entries", "Stage 3", "Entries", "Stage 3");
        assertThat(document.headings(4)).containsExactly("Stage 3 classification",
                "General classification after stage 3", "Stage 3 classification",
                "General classification after stage 3");
        assertThat(document.table("Bikes", "Stage 3", "General classification after stage 3").column("Pos."))
                .containsExactly("1", "1", "3");
        assertThat(document.table("Itinerary").column("Stage")).containsExactly("3");
        assertThat(document.textUnder()).contains("Results after stage 3");
    }

    @Test
    void aStageScopeOnACancelledStageSaysSo() throws Exception {
        ParsedDocument document = document(Written.options().build(), "2");

        assertThat(document.textUnder("Trucks", "Stage 2")).contains("Stage 2 was cancelled for Trucks.");
        assertThat(document.table("Bikes", "Stage 2", "Stage 2 classification").column("Crew"))
                .containsExactly("Pierre Quinonero (FRA)", "Kari Tiainen (FIN)", "Nani Roma (ESP)");
        assertThat(document.headings(3)).doesNotContain("Final classification", "Stage 3");
    }

    @Test
    void aStageScopeOnALiaisonStageSaysSo() throws Exception {
        ParsedDocument document = document(Written.options().build(), "1");

        assertThat(document.textUnder("Bikes", "Stage 1")).contains("liaison only for Bikes");
        assertThat(document.hasTableUnder("Bikes", "Stage 1", "Stage 1 classification")).isFalse();
    }

    @Test
    void aBulletinShowsTheFindingsOfItsStageAndOfNoStage() throws Exception {
        DocumentOptions withChecks = DocumentOptions.defaults(Written.ISSUED_AT);
        String afterStage2 = markdown(Written.report(SampleEvents.dakarExcerpt(), withChecks, List.of(), "2"));
        String afterStage3 = markdown(Written.report(SampleEvents.dakarExcerpt(), withChecks, List.of(), "3"));

        assertThat(afterStage2).contains("The 14-minute penalty of Cyril Despres could not be placed on a stage")
                .as("stage 3 was not run yet").doesNotContain("winner of stage 3");
        assertThat(afterStage3).contains("The 14-minute penalty of Cyril Despres could not be placed on a stage",
                "The itinerary names R. Sainct as the winner of stage 3 (Bikes)");
    }

    @Test
    void writesNoWarningsOfItsOwnForAScopeOrALanguage() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        DocumentOptions french = Written.options().language("fr").build();
        Report report = Written.report(SampleEvents.dakarExcerpt(), french, List.of("bikes"), "3");

        Written.file(report, dir, "bulletin.md", diagnostics);

        assertThat(diagnostics.all()).isEmpty();
    }

    private ParsedDocument document(DocumentOptions options) throws Exception {
        return new ParsedDocument(markdown(options));
    }

    private ParsedDocument document(DocumentOptions options, String stage) throws Exception {
        return new ParsedDocument(markdown(Written.report(SampleEvents.dakarExcerpt(), options, List.of(), stage)));
    }

    private String markdown(DocumentOptions options) throws Exception {
        return markdown(report(options));
    }

    private String markdown(Report report) throws Exception {
        return Written.markdown(report, dir);
    }

    private static Report report(DocumentOptions options) {
        return Report.of(SampleEvents.dakarExcerpt(), options);
    }
}
