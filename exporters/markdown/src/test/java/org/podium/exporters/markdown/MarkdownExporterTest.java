package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.spi.BulletinStatus;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.OutputKind;
import org.podium.spi.Severity;
import org.podium.testkit.SampleEvents;

class MarkdownExporterTest {

    private static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    @TempDir
    Path dir;

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void describesTheMarkdownFormat() {
        var descriptor = new MarkdownExporter().descriptor();
        assertThat(descriptor.id()).isEqualTo("md");
        assertThat(descriptor.displayName()).isEqualTo("Markdown (GitHub-flavoured)");
        assertThat(descriptor.version()).isEqualTo("0.1.0");
        assertThat(descriptor.extensions()).containsExactly("md");
        assertThat(descriptor.mediaType()).isEqualTo("text/markdown");
        assertThat(descriptor.outputKind()).isEqualTo(OutputKind.FILE);
    }

    @Test
    void generalClassificationAfterStage3SharesFirstPlaceBetweenTiedRiders() throws Exception {
        ParsedDocument.Table general = document(defaults())
                .table("Bikes", "Stage 3", "General classification after stage 3");

        assertThat(general.header()).containsExactly("Pos", "No.", "Crew", "Make", "Time", "Gap");
        assertThat(general.rows()).containsExactly(
                List.of("1", "", "Cyril Despres (FRA)", "KTM", "0:32:38", ""),
                List.of("1", "", "Nani Roma (ESP)", "KTM", "0:32:38", ""),
                List.of("3", "", "Kari Tiainen (FIN)", "KTM", "0:32:59", "+0:00:21"));
    }

    @Test
    void stage3ResultStandsBeforeItsGeneralClassification() throws Exception {
        ParsedDocument.Table stage = document(defaults()).table("Bikes", "Stage 3", "Stage result");

        assertThat(stage.column("Crew")).containsExactly("Cyril Despres (FRA)", "Nani Roma (ESP)");
        assertThat(stage.column("Time")).containsExactly("0:26:10", "0:26:11");
        assertThat(stage.column("Gap")).containsExactly("", "+0:00:01");
    }

    @Test
    void finalStandingsMarkTheDerivedTimeAndShowRetirements() throws Exception {
        ParsedDocument document = document(defaults());
        ParsedDocument.Table standings = document.table("Bikes", "Final standings");

        assertThat(standings.header()).containsExactly("Pos", "No.", "Crew", "Make", "Entrant", "Time", "Gap");
        assertThat(standings.rows()).containsExactly(
                List.of("1", "1", "Fabrizio Meoni (ITA)", "KTM", "KTM Factory Team", "48:00:59", ""),
                List.of("2", "65", "Pål Anders Ullevålseter (NOR)", "KTM", "", "54:12:21 *", "+6:11:22"),
                List.of("Retired", "", "Cyril Despres (FRA)", "KTM", "", "—", ""));
        assertThat(document.textUnder("Bikes", "Final standings"))
                .contains("* derived: winner's time + gap")
                .contains("Top 2 as reported by the source.");
    }

    @Test
    void entrantWithPipeQuotesAndCommaIsOneCell() throws Exception {
        Path target = write(defaults());
        ParsedDocument.Table entries = new ParsedDocument(read(target)).table("Bikes", "Entries");

        List<String> quinonero = entries.rowWith("Pierre Quinonero (FRA)");
        assertThat(quinonero).hasSize(entries.header().size());
        assertThat(entries.cell(quinonero, "Entrant")).isEqualTo("Team \"Pipe | Comma, Co\"");
        assertThat(read(target)).contains("Team \"Pipe \\| Comma, Co\"");
    }

    @Test
    void numbersAndTimesAreRightAlignedAndTextLeftAligned() throws Exception {
        ParsedDocument document = document(defaults());
        ParsedDocument.Table standings = document.table("Bikes", "Final standings");
        ParsedDocument.Table itinerary = document.table("Itinerary");

        for (String column : List.of("Pos", "No.", "Time", "Gap")) {
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
        ParsedDocument document = document(defaults());
        ParsedDocument.Table itinerary = document.table("Itinerary");

        assertThat(itinerary.header()).containsExactly("Stage", "Date", "From", "To", "km", "Bikes", "Trucks");
        assertThat(itinerary.rows()).containsExactly(
                List.of("1", "2001-12-28", "Arras (FRA)", "Châteauroux (FRA)", "465", "Liaison only", "Liaison only"),
                List.of("2", "2001-12-29", "Châteauroux (FRA)", "Narbonne (FRA)", "598", "P. Quinonero", "Cancelled"),
                List.of("3", "2001-12-30", "Narbonne (FRA)", "Madrid (ESP)", "930", "R. Sainct", "C. Pattono"),
                List.of("", "2002-01-06", "Atar", "Rest day", "", "—", "—"),
                List.of("10", "2002-01-07", "Atar", "Atar", "404.5", "A. Cox", "A. de Azevedo"));
        assertThat(document.textUnder("Itinerary"))
                .contains("Stages cancelled for trucks due to poor weather conditions.");
    }

    @Test
    void factsNameDatesEditionCountriesAndSource() throws Exception {
        String markdown = read(write(defaults()));
        ParsedDocument document = new ParsedDocument(markdown);

        assertThat(document.headings(1)).containsExactly("2002 Arras–Madrid–Dakar Rally");
        assertThat(document.textUnder()).contains(
                "Dates: 2001-12-28 to 2002-01-13",
                "Edition: 24",
                "Route countries: FRA, ESP, MAR, Western Sahara, SEN",
                "Status: provisional",
                "Issued: 2002-01-13T18:00:00Z",
                "Source: 2002-dakar-rally.txt",
                "The 2002 Dakar Rally, also known as the 2002 Arras–Madrid–Dakar Rally.");
        assertThat(document.headings(2)).containsExactly("Itinerary", "Bikes", "Trucks");
    }

    @Test
    void issuedAtIsPrintedInTheZoneOfTheOptions() throws Exception {
        ExportOptions options = new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.OFFICIAL, 7,
                ISSUED_AT, ZoneId.of("Africa/Dakar"), "en", false);

        assertThat(document(options).textUnder())
                .contains("Status: official", "Bulletin: 7", "Issued: 2002-01-13T18:00:00Z[Africa/Dakar]");
    }

    @Test
    void trucksStage2SaysCancelledAndStage1LiaisonOnly() throws Exception {
        ParsedDocument document = document(defaults());

        assertThat(document.textUnder("Trucks", "Stage 2")).contains("Stage 2 was cancelled for Trucks.");
        assertThat(document.hasTableUnder("Trucks", "Stage 2", "Stage result")).isFalse();
        assertThat(document.textUnder("Bikes", "Stage 1"))
                .contains("Stage 1 was a liaison only for Bikes: no timed special, no classification.");
        assertThat(document.textUnder("Trucks", "Stage 3"))
                .contains("No general classification reported after stage 3.");
    }

    @Test
    void awardedTimeAndPenaltyWithoutStageSayStageNotStated() throws Exception {
        ParsedDocument document = document(defaults());

        assertThat(document.textUnder("Trucks")).contains("0:50:00 to every crew, stage not stated");
        assertThat(document.textUnder("Bikes"))
                .contains("Cyril Despres (FRA): 0:14:00 for speeding, stage not stated")
                .contains("Despres had a 14-minute penalty added to his time as a result of speeding.");
        assertThat(document.textUnder("Trucks")).contains("All competitors awarded a stage time of 50:00.");
    }

    @Test
    void accentedNamesAreWrittenExactly() throws Exception {
        Path target = write(defaults());
        String markdown = read(target);
        ParsedDocument.Table trucks = new ParsedDocument(markdown).table("Trucks", "Stage 3", "Stage result");

        assertThat(trucks.column("Crew")).contains("André de Azevedo (BRA), Tomáš Tomeček (CZE), Jaromír Martinec (CZE)");
        assertThat(markdown).contains("Tomáš Tomeček", "Châteauroux", "Pål Anders Ullevålseter");
        assertThat(Files.readAllBytes(target)).isEqualTo(markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void checksSectionListsTheFindings() throws Exception {
        String markdown = read(write(ExportOptions.defaults(ISSUED_AT)));
        ParsedDocument document = new ParsedDocument(markdown);

        assertThat(document.headings(2)).endsWith("Consistency checks");
        assertThat(markdown).contains("### Not verifiable from the source")
                .contains("The 14-minute penalty of Cyril Despres could not be placed on a stage")
                .contains("(note n2)")
                .as("the excerpt's stage 3 result lists Despres first, the itinerary Sainct")
                .contains("### Contradictions\n\n- The itinerary names R. Sainct as the winner of stage 3 (Bikes),"
                        + " but Cyril Despres is first in its result.");
    }

    @Test
    void writesUnixLineEndsOnly() throws Exception {
        String markdown = read(write(defaults()));

        assertThat(markdown).doesNotContain("\r").endsWith(".\n").doesNotEndWith("\n\n");
    }

    @Test
    void categoryFilterLeavesOutOtherCategories() throws Exception {
        ParsedDocument document = document(withCategories("trucks"));

        assertThat(document.headings(2)).containsExactly("Itinerary", "Trucks");
        assertThat(document.table("Itinerary").header()).containsExactly("Stage", "Date", "From", "To", "km", "Trucks");
        assertThat(document.table("Trucks", "Stage 3", "Stage result").column("Crew"))
                .containsExactly("Vladimir Chagin (RUS), Semen Yakubov (RUS), Sergey Savostin (RUS)",
                        "André de Azevedo (BRA), Tomáš Tomeček (CZE), Jaromír Martinec (CZE)");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void unknownCategoryInFilterIsReported() throws Exception {
        ParsedDocument document = document(withCategories("quads"));

        assertThat(document.headings(2)).containsExactly("Itinerary");
        assertThat(diagnostics.has(Severity.WARNING)).isTrue();
        assertThat(diagnostics.all().getFirst().message()).contains("quads", "bikes, trucks");
    }

    @Test
    void stageFilterKeepsOnlyThatStageAndTheGeneralClassificationAfterIt() throws Exception {
        ParsedDocument document = document(withStage("3"));

        assertThat(document.headings(3)).containsExactly("Entries", "Stage 3", "Entries", "Stage 3");
        assertThat(document.headings(4)).containsExactly("Stage result", "General classification after stage 3",
                "Stage result", "General classification after stage 3");
        assertThat(document.table("Bikes", "Stage 3", "General classification after stage 3").column("Pos"))
                .containsExactly("1", "1", "3");
        assertThat(document.table("Itinerary").column("Stage")).containsExactly("3");
        assertThat(document.textUnder()).contains("Results after stage 3");
    }

    @Test
    void stageFilterOnACancelledStageSaysSo() throws Exception {
        ParsedDocument document = document(withStage("2"));

        assertThat(document.textUnder("Trucks", "Stage 2")).contains("Stage 2 was cancelled for Trucks.");
        assertThat(document.table("Bikes", "Stage 2", "Stage result").column("Crew"))
                .containsExactly("Pierre Quinonero (FRA)", "Kari Tiainen (FIN)", "Nani Roma (ESP)");
        assertThat(document.headings(3)).doesNotContain("Final standings", "Stage 3");
    }

    @Test
    void stageFilterOnALiaisonStageSaysSo() throws Exception {
        ParsedDocument document = document(withStage("1"));

        assertThat(document.textUnder("Bikes", "Stage 1")).contains("liaison only for Bikes");
        assertThat(document.hasTableUnder("Bikes", "Stage 1", "Stage result")).isFalse();
    }

    @Test
    void unknownStageIsRefusedAndNothingIsWritten() {
        Path target = dir.resolve("out.md");

        assertThatThrownBy(() -> new MarkdownExporter().write(SampleEvents.dakarExcerpt(),
                new ExportRequest(target, withStage("7"), Maps.immutable.empty(), diagnostics)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("'7'")
                .hasMessageContaining("1, 2, 3, 10");
        assertThat(target).doesNotExist();
    }

    @Test
    void frenchIsReportedAsNotAvailable() throws Exception {
        ExportOptions options = new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.PROVISIONAL, null,
                ISSUED_AT, ZoneId.of("UTC"), "fr", true);

        document(options);

        assertThat(diagnostics.all()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("English", "'fr'"));
    }

    /** The defaults, but without the checks section, which {@link #checksSectionListsTheFindings} covers. */
    private ExportOptions defaults() {
        ExportOptions defaults = ExportOptions.defaults(ISSUED_AT);
        return new ExportOptions(defaults.categories(), null, defaults.status(), null, ISSUED_AT, defaults.zone(),
                defaults.language(), false);
    }

    private ExportOptions withCategories(String... ids) {
        return new ExportOptions(Lists.immutable.of(ids), null, BulletinStatus.PROVISIONAL, null, ISSUED_AT,
                ZoneId.of("UTC"), "en", false);
    }

    private ExportOptions withStage(String label) {
        return new ExportOptions(Lists.immutable.empty(), label, BulletinStatus.PROVISIONAL, null, ISSUED_AT,
                ZoneId.of("UTC"), "en", false);
    }

    private ParsedDocument document(ExportOptions options) throws Exception {
        return new ParsedDocument(read(write(options)));
    }

    private Path write(ExportOptions options) throws Exception {
        Path target = dir.resolve("event.md");
        Files.deleteIfExists(target);
        new MarkdownExporter().write(SampleEvents.dakarExcerpt(),
                new ExportRequest(target, options, Maps.immutable.empty(), diagnostics));
        return target;
    }

    private static String read(Path target) throws Exception {
        return Files.readString(target, StandardCharsets.UTF_8);
    }
}
