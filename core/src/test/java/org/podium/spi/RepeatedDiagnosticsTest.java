package org.podium.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.podium.model.SourcePosition;

class RepeatedDiagnosticsTest {

    private final Diagnostics.Collector kept = Diagnostics.collector();
    private final RepeatedDiagnostics limited = new RepeatedDiagnostics(kept);

    private static SourcePosition line(int n) {
        return SourcePosition.of("sheet.csv", n, 8);
    }

    @Test
    void quotedTextAndNumbersMakeNoNewKindAndTheRestAreCountedWithTheFirstLeftOut() {
        for (int n = 1; n <= 1_200; n++) {
            limited.report(Diagnostic.error(line(n), "cannot read 'x" + n + ":00' in time"));
        }
        limited.report(Diagnostic.warning(line(1_201), "a different thing"));
        limited.finish();
        limited.finish();

        assertThat(kept.all()).hasSize(1_002);
        assertThat(kept.all().get(999).describe()).isEqualTo("sheet.csv:1000:8: error: cannot read 'x1000:00' in time");
        assertThat(kept.all().get(1_000).describe()).isEqualTo("sheet.csv:1201:8: warning: a different thing");
        assertThat(kept.all().getLast().describe()).as("said once, however often finish is called").isEqualTo(
                "sheet.csv:1001:8: error: 200 more like the following were not listed (the first 1,000 of a kind"
                        + " are): cannot read 'x1001:00' in time");
    }

    @Test
    void pastAThousandKindsTheRestAreCountedTogether() {
        // Names that are not quoted make a kind each: a thousand are told apart, the rest counted.
        for (int n = 0; n < 2_500; n++) {
            String name = Integer.toString(n, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character
                    .digit(c, 26)))).reduce("", String::concat);
            limited.report(Diagnostic.warning(line(n + 1), "crew " + name + " has no row"));
        }
        limited.finish();

        assertThat(kept.all()).hasSize(2_001);
        assertThat(kept.all().getLast().message()).startsWith("500 more warnings, of more kinds than 1,000, were not"
                + " listed; the first of them: crew ");
        assertThat(kept.all().getLast().position()).isEqualTo(line(2_001));
    }
}
