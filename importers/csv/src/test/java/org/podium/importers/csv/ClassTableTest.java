package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.importers.csv.Samples.hms;
import static org.podium.importers.csv.Samples.messages;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.ConsistencyChecks;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.ResultStatus;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * A class table: {@code 1. (10.)} is first in class and tenth overall, and its gaps are to the
 * class leader, so they are class gaps, never overall gaps.
 */
class ClassTableTest {

    private final CsvImporter importer = new CsvImporter();
    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void classPositionsAndClassGapsAreKeptApartFromOverallOnes(@TempDir Path dir) throws Exception {
        Event event = importer.read(ImportRequest.of(Samples.copy(dir, "class-table.csv"), diagnostics));

        Classification table = event.classification("overall", ClassificationKind.FINAL, null).orElseThrow();
        assertThat(table.complete()).isFalse();
        ImmutableList<ClassificationRow> rows = table.rows();
        assertThat(rows.collect(ClassificationRow::position)).containsExactly(10, 12, 15, null);
        assertThat(rows.collect(r -> r.details().classPosition())).containsExactly(1, 2, 3, null);
        assertThat(rows.collect(ClassificationRow::gap)).containsOnly((java.time.Duration) null);
        assertThat(rows.collect(r -> r.details().classGap())).containsExactly(null, hms(0, 1, 44, 600),
                hms(0, 3, 51, 500), null);
        assertThat(rows.collect(ClassificationRow::time)).containsExactly(hms(2, 41, 10, 500), hms(2, 42, 55, 100),
                hms(2, 45, 2, 0), null);
        assertThat(rows.collect(r -> r.details().points())).containsExactly(new BigDecimal("25"), new BigDecimal("18"),
                new BigDecimal("15"), null);
        assertThat(rows.getLast().status()).isEqualTo(ResultStatus.RETIRED);
        assertThat(event.entries().collect(Entry::vehicleClass)).containsOnly("Rally4");
        Entry novak = event.entriesById().get(rows.get(1).entryId());
        assertThat(novak.crewNames()).isEqualTo("Pavel Novák / Jiří Dvořák");
        assertThat(novak.crew().collect(p -> p.nationality())).containsExactly("CZE", "CZE");
        assertThat(messages(diagnostics)).contains(
                "a class table: positions written '1. (10.)' are the position in class, then the overall position in"
                        + " brackets; the overall one is the row's position and the class one is kept beside it. Its gaps"
                        + " are to the class leader, so they are kept as class gaps, never as overall gaps",
                "the standings are taken as incomplete: it is a class table, part of a longer overall classification;"
                        + " a '# complete: true' line says otherwise",
                "column 'Class' taken as class");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
        // No false contradictions: a class gap is not checked as a gap to the overall leader.
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aClassTablesTimeColumnOfGapsIsBehindEachClassLeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("classes.csv");
        Files.writeString(file, "Pos,Driver,Class,Time\n1. (1.),Ana,Rally2,1:00:00\n1. (3.),Cleo,Rally4,1:05:00\n"
                + "2. (2.),Bea,Rally2,+0:30\n2. (5.),Dora,Rally4,+1:00.5\n", StandardCharsets.UTF_8);

        Event event = importer.read(ImportRequest.of(file, diagnostics));

        ImmutableList<ClassificationRow> rows = event.classification("overall", ClassificationKind.FINAL, null)
                .orElseThrow().rows();
        ClassificationRow bea = rows.get(2);
        assertThat(bea.position()).isEqualTo(2);
        assertThat(bea.details().classPosition()).isEqualTo(2);
        assertThat(bea.time()).isEqualTo(hms(1, 0, 30, 0));
        assertThat(bea.timeDerived()).isTrue();
        assertThat(bea.gap()).isNull();
        assertThat(bea.details().classGap()).isEqualTo(hms(0, 0, 30, 0));
        ClassificationRow dora = rows.get(3);
        assertThat(dora.time()).isEqualTo(hms(1, 6, 0, 500));
        assertThat(dora.details().classGap()).isEqualTo(hms(0, 1, 0, 500));
        assertThat(messages(diagnostics)).contains("column 'Time' holds the class leader's time, then gaps: 2 rows"
                + " (lines 4, 5) read as gaps to the class leader, not as times; their times are derived as the class"
                + " leader's time + the gap");
    }

    @Test
    void overallPositionsWrittenFirstAreToldApartSinceAClassPositionIsNeverLarger(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("overall-first.csv");
        Files.writeString(file, "Pos,Driver,Class,Time,Gap\n1 (1),Ana,Rally2,1:00:00,\n2 (1),Cleo,Rally4,1:05:00,+5:00\n"
                + "3 (2),Bea,Rally2,1:06:00,+6:00\n", StandardCharsets.UTF_8);

        Event event = importer.read(ImportRequest.of(file, diagnostics));

        Classification table = event.classification("overall", ClassificationKind.FINAL, null).orElseThrow();
        assertThat(table.rows().collect(ClassificationRow::position)).containsExactly(1, 2, 3);
        assertThat(table.rows().collect(r -> r.details().classPosition())).containsExactly(1, 1, 2);
        assertThat(table.rows().collect(ClassificationRow::gap)).containsExactly(null, hms(0, 5, 0, 0), hms(0, 6, 0, 0));
        assertThat(table.complete()).isTrue();
        assertThat(messages(diagnostics)).contains("positions such as '2 (1)' (line 3) give the overall position, then"
                + " the class position in brackets: a class position is never larger than the overall one. The gaps are"
                + " read as overall gaps");
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aClassPositionColumnBesideOverallPositionsIsKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("overall.csv");
        Files.writeString(file, "Pos,Class pos.,Driver,Class,Time,Gap\n1,1,Ana,Rally2,1:00:00,\n"
                + "2,1,Cleo,Rally4,1:05:00,+5:00\n3,2,Bea,Rally2,1:06:00,+6:00\n", StandardCharsets.UTF_8);

        Event event = importer.read(ImportRequest.of(file, diagnostics));

        Classification table = event.classification("overall", ClassificationKind.FINAL, null).orElseThrow();
        assertThat(table.complete()).isTrue();
        assertThat(table.rows().collect(r -> r.details().classPosition())).containsExactly(1, 1, 2);
        // Positions overall: the gaps are overall gaps.
        assertThat(table.rows().collect(ClassificationRow::gap)).containsExactly(null, hms(0, 5, 0, 0), hms(0, 6, 0, 0));
        assertThat(table.rows().collect(r -> r.details().classGap())).containsOnly((java.time.Duration) null);
        assertThat(messages(diagnostics)).contains("column 'Class pos.' taken as class position");
    }

    @Test
    void aTableRankingOneClassHasClassGapsNotGapsToTheTenthOverall(@TempDir Path dir) throws Exception {
        // The Rally4 results of a rally: 10th overall and first in class, then gaps to that leader.
        Path file = dir.resolve("rally4.csv");
        Files.writeString(file, "Pos,Class pos.,Driver,Class,Time,Gap\n10,1,Cleo,Rally4,1:05:00,\n"
                + "14,2,Dora,Rally4,1:06:00.5,+1:00.5\n17,3,Eva,Rally4,1:09:30,+4:30\n", StandardCharsets.UTF_8);

        Event event = importer.read(ImportRequest.of(file, diagnostics));

        Classification table = event.classification("overall", ClassificationKind.FINAL, null).orElseThrow();
        assertThat(table.rows().collect(ClassificationRow::position)).containsExactly(10, 14, 17);
        assertThat(table.rows().collect(r -> r.details().classPosition())).containsExactly(1, 2, 3);
        assertThat(table.rows().collect(ClassificationRow::gap)).containsOnly((java.time.Duration) null);
        assertThat(table.rows().collect(r -> r.details().classGap())).containsExactly(null, hms(0, 1, 0, 500),
                hms(0, 4, 30, 0));
        assertThat(table.complete()).isFalse();
        assertThat(messages(diagnostics)).contains("the table's first crew is 10 overall and first in its class,"
                + " without a gap: it ranks one class, and its gaps are read as gaps to the class leader, kept as class"
                + " gaps, never as overall gaps");
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }
}
