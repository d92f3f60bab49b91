package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.model.ResultStatus;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;

/**
 * A timing sheet that lacks a row: the crew would vanish from the general classification as "not
 * classified", and the winner change, with nothing said. The checks say it, naming the crew and
 * the stage. Crews and times are the 2002 Dakar's cars on three stages (times invented).
 */
class MissingRowsTest {

    private static final String HEADER = "category,stage,number,crew,nationality,make,time,status\n";
    private static final String MASUOKA_1 = "cars,1,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,3:40:58,\n";
    private static final String SCHLESSER_1 = "cars,1,200,Jean-Louis Schlesser / Henri Magne,FRA / FRA,Schlesser,3:38:12,\n";
    private static final String MEVIUS_1 = "cars,1,205,Grégoire De Mévius / Alain Guehennec,BEL / FRA,Nissan,3:44:31,\n";
    private static final String MASUOKA_2 = "cars,2,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,4:02:10,\n";
    private static final String SCHLESSER_2 = "cars,2,200,Jean-Louis Schlesser / Henri Magne,FRA / FRA,Schlesser,3:59:47,\n";
    private static final String MEVIUS_2 = "cars,2,205,Grégoire De Mévius / Alain Guehennec,BEL / FRA,Nissan,4:05:02,\n";
    private static final String MASUOKA_3 = "cars,3,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,2:51:40,\n";
    private static final String SCHLESSER_3 = "cars,3,200,Jean-Louis Schlesser / Henri Magne,FRA / FRA,Schlesser,2:50:05,\n";
    private static final String MEVIUS_3 = "cars,3,205,Grégoire De Mévius / Alain Guehennec,BEL / FRA,Nissan,2:55:19,\n";

    @TempDir
    Path dir;

    @Test
    void aCompleteSheetHasNoMissingRow() throws Exception {
        Event event = read(HEADER + MASUOKA_1 + SCHLESSER_1 + MEVIUS_1 + MASUOKA_2 + SCHLESSER_2 + MEVIUS_2
                + MASUOKA_3 + SCHLESSER_3 + MEVIUS_3);

        assertThat(ConsistencyChecks.of(event)).isEmpty();
        assertThat(event.classification("cars", ClassificationKind.FINAL, null).orElseThrow().rows().getFirst()
                .entryId()).isEqualTo("cars-200");
    }

    @Test
    void aDeletedRowNamesTheCrewAndTheStage() throws Exception {
        Event event = read(HEADER + MASUOKA_1 + SCHLESSER_1 + MEVIUS_1 + MASUOKA_2 + MEVIUS_2
                + MASUOKA_3 + SCHLESSER_3 + MEVIUS_3);

        ImmutableList<Finding> findings = ConsistencyChecks.of(event);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(FindingSeverity.CONTRADICTION);
            assertThat(finding.stageLabel()).isEqualTo("2");
            assertThat(finding.entryIds()).containsExactly("cars-200");
            assertThat(finding.message()).isEqualTo("Jean-Louis Schlesser (cars) finished stage 1 but has no row for"
                    + " stage 2, and no status (retired, disqualified, not started) says why: the source lacks a row,"
                    + " and the crew is not classified from stage 2 on.");
        });
        // What the finding warns of: the winner changed.
        assertThat(event.classification("cars", ClassificationKind.FINAL, null).orElseThrow().rows()
                .detect(r -> r.entryId().equals("cars-200")).status()).isEqualTo(ResultStatus.NOT_CLASSIFIED);
    }

    @Test
    void aFindingQuotesAtMostEightyCharactersOfAName() throws Exception {
        String longName = "Jean-Louis " + "Schlesser ".repeat(300).strip();
        Event event = read(HEADER + MASUOKA_1 + SCHLESSER_1.replace("Jean-Louis Schlesser", longName) + MEVIUS_1
                + MASUOKA_2 + MEVIUS_2 + MASUOKA_3 + SCHLESSER_3.replace("Jean-Louis Schlesser", longName) + MEVIUS_3);

        Finding finding = ConsistencyChecks.of(event).getOnly();
        assertThat(finding.message()).startsWith(longName.substring(0, 79)).contains(" (cars) finished stage 1 but has"
                + " no row for stage 2").hasSizeLessThan(300);
    }

    @Test
    void aMisspeltStageLabelIsSaidOnceWithTheStageItShouldBe() throws Exception {
        Event event = read(HEADER + MASUOKA_1 + SCHLESSER_1 + MEVIUS_1 + MASUOKA_2 + SCHLESSER_2.replace("cars,2,", "cars,ZZ,")
                + MEVIUS_2 + MASUOKA_3 + SCHLESSER_3 + MEVIUS_3);

        ImmutableList<Finding> findings = ConsistencyChecks.of(event);
        assertThat(findings.collect(Finding::stageLabel)).containsExactly("2", "ZZ");
        assertThat(findings.getLast().message()).startsWith("Stage ZZ (cars) has a row for Jean-Louis Schlesser alone,"
                + " who has no row for stage 2, the stage before it: is 'ZZ' the label of stage 2 written wrong?")
                .doesNotContain("Hiroshi Masuoka");
        assertThat(findings).allMatch(f -> f.severity() == FindingSeverity.CONTRADICTION);
    }

    @Test
    void aCrewThatRetiredSaysSoAndLacksNothing() throws Exception {
        Event event = read(HEADER + MASUOKA_1 + SCHLESSER_1 + MEVIUS_1 + MASUOKA_2
                + "cars,2,200,Jean-Louis Schlesser / Henri Magne,FRA / FRA,Schlesser,,DNF\n" + MEVIUS_2
                + MASUOKA_3 + MEVIUS_3);

        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aHeaderWithoutRowsIsRefusedNotConvertedIntoEmptyDocuments() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "# event: Rally of Somewhere 2026\n" + HEADER, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new CsvImporter().read(ImportRequest.of(file, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position().line()).isEqualTo(2))
                .hasMessageContaining("the header of a timing sheet (one row per crew per stage) is here, but no row"
                        + " under it: nothing to convert");
    }

    @Test
    void anHourOfTwentyDigitsIsACellErrorWhereItIsAndTheOtherRowsAreRead() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, HEADER + MASUOKA_1 + SCHLESSER_1.replace("3:38:12", "99999999999999999999:04:19")
                + MEVIUS_1, StandardCharsets.UTF_8);
        Event event = new CsvImporter().read(ImportRequest.of(file, diagnostics));

        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.position().describe()).isEqualTo("sheet.csv:3:7");
            assertThat(d.message()).isEqualTo("cannot read '99999999999999999999:04:19' in time: it is out of range"
                    + " (Podium reads times up to 9999:59:59); the row is kept without it");
        });
        assertThat(event.classification("cars", ClassificationKind.STAGE, "1").orElseThrow().rows()
                .collect(r -> r.entryId())).containsExactly("cars-201", "cars-205");
    }

    private Event read(String sheet) throws Exception {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, sheet, StandardCharsets.UTF_8);
        return new CsvImporter().read(ImportRequest.of(file, Diagnostics.collector()));
    }
}
