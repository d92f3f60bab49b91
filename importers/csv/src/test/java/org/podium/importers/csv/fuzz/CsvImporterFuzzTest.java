package org.podium.importers.csv.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.podium.testkit.fuzz.ImportFuzzing;
import org.podium.testkit.fuzz.JazzerChoices;

/**
 * The csv importer on damaged timing sheets, standings, itineraries and data packages, with Jazzer
 * steering the damage by coverage ({@link CsvFuzzing} says what is fed and what must hold).
 * {@code mvn verify} explores the same inputs every time (the parent pom's {@code fuzz.*}
 * properties); {@code -Dfuzz} explores at random for ten minutes. An input that breaks a rule is
 * kept under {@code target/fuzz-findings/}, and belongs in {@code src/test/resources/fuzz-regressions/}.
 */
class CsvImporterFuzzTest {

    @BeforeAll
    static void instrumented() {
        ImportFuzzing.underInstrumentation();
    }

    @FuzzTest
    void anyTableOrPackageIsReadOrRefusedInTime(FuzzedDataProvider data) throws Exception {
        CsvFuzzing.instance().fuzzOnce(JazzerChoices.of(data));
    }
}
