package org.podium.importers.csv.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import org.podium.testkit.fuzz.Choices;

/**
 * The csv importer on damaged timing sheets, standings, itineraries and data packages, with Jazzer
 * steering the damage by coverage ({@link CsvFuzzing} says what is fed and what must hold).
 * {@code mvn verify} fuzzes it for a bounded time (the module's {@code fuzz} execution);
 * {@code -Dfuzz.duration=10m} fuzzes longer. An input that breaks a rule is kept under
 * {@code target/fuzz-findings/}, and belongs in {@code src/test/resources/fuzz-regressions/}.
 */
class CsvImporterFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyTableOrPackageIsReadOrRefusedInTime(FuzzedDataProvider data) throws Exception {
        CsvFuzzing.instance().fuzzOnce(choices(data));
    }

    /** Jazzer's choices while its input lasts, then a random source seeded by the input's first bytes. */
    static Choices choices(FuzzedDataProvider data) {
        Choices fuzzer = new Choices() {
            @Override
            public int pick(int min, int max) {
                return data.consumeInt(min, max);
            }

            @Override
            public byte[] bytes(int maxLength) {
                return data.consumeBytes(maxLength);
            }
        };
        return Choices.untilExhausted(fuzzer, data::remainingBytes, new Random(data.consumeLong()));
    }
}
