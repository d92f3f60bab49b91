package org.podium.importers.wiki.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.podium.testkit.fuzz.ImportFuzzing;
import org.podium.testkit.fuzz.JazzerChoices;

/**
 * The wiki importer and each of its readers (the plain-text article, wikitext, HTML, bare tables)
 * on damaged seeds, with Jazzer steering the damage by coverage ({@link WikiFuzzing} says what is
 * fed and what must hold). {@code mvn verify} explores the same inputs every time (the parent
 * pom's {@code fuzz.*} properties); {@code -Dfuzz} explores at random for ten minutes. An input
 * that breaks a rule is kept under {@code target/fuzz-findings/}, and belongs in
 * {@code src/test/resources/fuzz-regressions/}.
 */
class WikiImporterFuzzTest {

    @BeforeAll
    static void instrumented() {
        ImportFuzzing.underInstrumentation();
    }

    @FuzzTest
    void anyPageOrTableIsReadOrRefusedInTime(FuzzedDataProvider data) throws Exception {
        WikiFuzzing.instance().fuzzOnce(JazzerChoices.of(data));
    }
}
