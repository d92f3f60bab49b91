package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.importers.csv.Samples.hms;
import static org.podium.importers.csv.Samples.messages;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;
import org.podium.testkit.ImporterContract;

/** Tables delimited by {@code #} and {@code |}, and files in UTF-16 and UTF-32, as spreadsheets and timing software save them. */
class DelimitersAndEncodingsTest {

    /** Excel's "Unicode text": tab-separated UTF-16LE with its byte-order mark. */
    private static final String UNICODE_TEXT = "Pos\tNo\tDriver\tCo-driver\tNat\tCar\tTime\tGap\n"
            + "1\t7\tAna Núñez\tLuc Ébert\tESP / FRA\tToyota GR Yaris Rally2\t2:58:33.4\t\n"
            + "2\t9\tJohn Smith\tBo Lind\tGBR / SWE\tFord Fiesta Rally2\t2:58:51.1\t+17.7\n"
            + "3\t14\tŁukasz Wróbel\tŽiga Kranjc\tPOL / SLO\tŠkoda Fabia RS Rally2\t2:59:40.0\t+1:06.6\n";

    private final CsvImporter importer = new CsvImporter();
    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void aHashDelimitedStandingsFileIsReadAfterItsCommentLines(@TempDir Path dir) throws Exception {
        Path file = Samples.copy(dir, "hash-standings.csv");

        Event event = read(file);

        assertThat(importer.detect(ImporterContract.detectionInput(file))).isEqualTo(MatchStrength.SOLID_MATCH);
        assertThat(event.name()).isEqualTo("Rallye des Monts 2025");
        assertThat(event.startDate()).isEqualTo(LocalDate.of(2025, 5, 16));
        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows).hasSize(4);
        Entry smith = event.entriesById().get(rows.get(1).entryId());
        assertThat(smith.number()).isEqualTo(9);
        assertThat(smith.crew().collect(Person::name)).containsExactly("John Smith", "Bo Lind");
        assertThat(smith.crew().collect(Person::nationality)).containsExactly("GBR", "SWE");
        assertThat(rows.get(1).position()).isEqualTo(2);
        assertThat(rows.get(1).time()).isEqualTo(hms(2, 58, 51, 100));
        assertThat(rows.get(1).gap()).isEqualTo(hms(0, 0, 17, 700));
        assertThat(rows.get(3).gap()).isEqualTo(hms(0, 5, 39, 500));
        assertThat(rows.get(3).make()).isEqualTo("Škoda Fabia RS Rally2");
        assertThat(messages(diagnostics)).contains("read as standings (one classification), fields separated by '#'",
                "column 'Nat' taken as nationality", "column 'Gap' taken as gap");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
    }

    @Test
    void aPipeDelimitedTxtFileIsRecognisedByItsContentAndItsSameTimesRead(@TempDir Path dir) throws Exception {
        Path file = Samples.copy(dir, "pipe-results.txt");

        assertThat(importer.detect(ImporterContract.detectionInput(file))).isEqualTo(MatchStrength.SOLID_MATCH);
        Event event = read(file);

        ImmutableList<ClassificationRow> rows = finalRows(event);
        assertThat(rows.collect(r -> event.entriesById().get(r.entryId()).driver().name()))
                .containsExactly("Marta Lindqvist", "Sara Costa", "Ines Baptista", "Hanna Berg");
        assertThat(event.entriesById().get(rows.get(0).entryId()).entrant()).isEqualTo("Équipe Nord");
        // s.t.: the same gap as the rider ahead, the leader's none.
        assertThat(rows.get(1).time()).isEqualTo(hms(4, 12, 5, 0));
        assertThat(rows.get(1).gap()).isNull();
        assertThat(rows.get(3).time()).isEqualTo(hms(4, 13, 45, 0));
        assertThat(rows.get(3).gap()).isEqualTo(hms(0, 1, 40, 0));
        assertThat(messages(diagnostics)).contains("read as standings (one classification), fields separated by '|'",
                "'s.t.' (same time) on lines 3, 5: the time and gap of the row above");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void excelsUnicodeTextUtf16WithItsMarkIsDecodedAndDetected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("standings.txt");
        Files.write(file, ("\uFEFF" + UNICODE_TEXT).getBytes(StandardCharsets.UTF_16LE));

        assertThat(importer.detect(ImporterContract.detectionInput(file))).isEqualTo(MatchStrength.SOLID_MATCH);
        Event event = read(file);

        ImmutableList<ClassificationRow> rows = finalRows(event);
        Entry third = event.entriesById().get(rows.get(2).entryId());
        assertThat(third.crewNames()).isEqualTo("Łukasz Wróbel / Žiga Kranjc");
        assertThat(third.crew().collect(Person::nationality)).containsExactly("POL", "SLO");
        assertThat(rows.get(2).time()).isEqualTo(hms(2, 59, 40, 0));
        assertThat(rows.get(2).gap()).isEqualTo(hms(0, 1, 6, 600));
        assertThat(messages(diagnostics)).contains("read as standings (one classification), fields separated by tab");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
    }

    @Test
    void utf16WithoutAMarkIsRecognisedByItsZeroBytesAndSaidSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("standings.csv");
        Files.write(file, UNICODE_TEXT.replace('\t', ';').getBytes(StandardCharsets.UTF_16BE));

        assertThat(importer.detect(ImporterContract.detectionInput(file))).isEqualTo(MatchStrength.SOLID_MATCH);
        Event event = read(file);

        assertThat(event.entriesById().get(finalRows(event).get(0).entryId()).crewNames())
                .isEqualTo("Ana Núñez / Luc Ébert");
        assertThat(messages(diagnostics)).contains(
                "no byte-order mark, but every other byte is zero: read as UTF-16BE",
                "read as standings (one classification), fields separated by ';'");
    }

    @Test
    void utf32WithItsMarkIsDecoded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("standings.csv");
        Files.write(file, ("\uFEFF" + UNICODE_TEXT).getBytes(Charset.forName("UTF-32BE")));

        Event event = read(file);

        assertThat(finalRows(event).get(1).gap()).isEqualTo(hms(0, 0, 17, 700));
        assertThat(event.entriesById().get(finalRows(event).get(2).entryId()).driver().name()).isEqualTo("Łukasz Wróbel");
    }

    @Test
    void aUtf16FileCutInTheMiddleOfACharacterIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cut.csv");
        byte[] whole = ("\uFEFF" + UNICODE_TEXT).getBytes(StandardCharsets.UTF_16LE);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1));

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("starts with the byte-order mark of UTF-16LE but is not valid UTF-16LE")
                .hasMessageContaining("is not a whole number of characters")
                .hasMessageContaining("save it again as UTF-8");
    }

    @Test
    void aHeaderThatNoDelimiterSplitsIsNamedAsOneColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("colons.csv");
        Files.writeString(file, "Pos:Driver:Time\n1:Ana:1:00:00\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("its first line 'Pos:Driver:Time' is one single column: none of ',' ';' tab '|' '#'"
                        + " separates its fields; save the table as CSV with one of them). Tried: timing sheet: no stage"
                        + " column");
    }

    @Test
    void aHashHeaderInACommaFileIsStillTheRaceNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, "Pos,#,Driver,Time\n1,7,Ana,1:00:00\n2,9,Bo,1:00:05\n", StandardCharsets.UTF_8);

        Event event = read(file);

        assertThat(event.entries().collect(Entry::number)).containsExactly(7, 9);
        assertThat(finalRows(event).get(1).time()).isEqualTo(hms(1, 0, 5, 0));
        assertThat(messages(diagnostics)).contains("column '#' taken as race number");
    }

    @Test
    void anHtmlPageGivenToTheCsvImporterIsNamedForWhatItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table></body></html>\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("this file looks like HTML or XML, not a table of fields separated by ',' ';' tab '|' '#':"
                        + " its first line '<!DOCTYPE html>' is one single column");
    }

    @Test
    void utf16WithoutAMarkInAScriptItCannotRecogniseIsRefusedNotMisread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cyrillic.csv");
        Files.write(file, "Поз;Пилот;Время\n1;Иван Петров;1:00:00\n".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("this file holds zero bytes")
                .hasMessageContaining("UTF-16 or UTF-32 without a byte-order mark");
    }

    @Test
    void detectionLooksAtTheContentNotTheExtension(@TempDir Path dir) throws Exception {
        Path noExtension = dir.resolve("results");
        Files.copy(Samples.copy(dir, "hash-standings.csv"), noExtension);
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html><body><p>Pos, Driver, Time</p></body></html>\n",
                StandardCharsets.UTF_8);
        Path prose = dir.resolve("notes.txt");
        Files.writeString(prose, "The rally ran on Saturday.\nAna won, ahead of Bo.\n", StandardCharsets.UTF_8);
        Path unknownHeaders = dir.resolve("laps.txt");
        Files.writeString(unknownHeaders, "Lap;Sector 1;Sector 2\n1;31.2;40.1\n2;30.9;39.8\n", StandardCharsets.UTF_8);

        assertThat(importer.detect(ImporterContract.detectionInput(noExtension))).isEqualTo(MatchStrength.SOLID_MATCH);
        assertThat(importer.detect(ImporterContract.detectionInput(page))).isEqualTo(MatchStrength.NO_MATCH);
        assertThat(importer.detect(ImporterContract.detectionInput(prose))).isEqualTo(MatchStrength.NO_MATCH);
        // A delimited table with headers Podium does not know: a weak match, so reading it says what is missing.
        assertThat(importer.detect(ImporterContract.detectionInput(unknownHeaders))).isEqualTo(MatchStrength.WEAK_MATCH);
    }

    private Event read(Path file) throws Exception {
        return importer.read(ImportRequest.of(file, diagnostics));
    }

    private static ImmutableList<ClassificationRow> finalRows(Event event) {
        return event.classification(event.categories().getOnly().id(), ClassificationKind.FINAL, null).orElseThrow().rows();
    }
}
