package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notations of the corpus: rallies, Grands Prix, the Tour, the UCI championships, the IAAF. */
class ResultTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6:12|TIME|PT6M12S",
        "48:00:59|TIME|PT48H59S",
        "39:09.726|TIME|PT39M9.726S",
        "+2.139|GAP|PT2.139S",
        "+4.008|GAP|PT4.008S",
        "+1:48.363|GAP|PT1M48.363S",
        "2h28m50.8s|TIME|PT2H28M50.8S",
        "+ 3m30.8s|GAP|PT3M30.8S",
        "46.11.30|TIME|PT46H11M30S",
        "+ 00.22.01|GAP|PT22M1S",
        "6h 21' 20\"|TIME|PT6H21M20S",
        "+ 1' 28\"|GAP|PT1M28S",
        "55' 19.23\"|TIME|PT55M19.23S",
        "+ 12.28\"|GAP|PT12.28S",
        "+ 1' 26.91”|GAP|PT1M26.91S",
        "89h 39' 30\"|TIME|PT89H39M30S",
        "+0' 32\"|GAP|PT32S",
        "+ 1h 29' 12\"|GAP|PT1H29M12S",
        "1h 02' 03\"|TIME|PT1H2M3S",
        "3:05:21|TIME|PT3H5M21S",
        "+ 2' 54.7|GAP|PT2M54.7S",
        "1h 12' 45.3\"|TIME|PT1H12M45.3S",
    })
    void readsTheNotationsOfTheField(String cell, ResultTime.Kind kind, String iso) {
        ResultTime read = ResultTime.read(cell).orElseThrow();
        assertThat(read.kind()).isEqualTo(kind);
        assertThat(read.duration()).isEqualTo(Duration.parse(iso));
    }

    @Test
    void lapsAndSameTime() {
        assertThat(ResultTime.read("+1 Lap").orElseThrow()).isEqualTo(
                new ResultTime(ResultTime.Kind.LAPS_BEHIND, Duration.ZERO, 1));
        assertThat(ResultTime.read("+2 laps").orElseThrow().laps()).isEqualTo(2);
        assertThat(ResultTime.read("s.t.").orElseThrow().kind()).isEqualTo(ResultTime.Kind.SAME_TIME);
        assertThat(ResultTime.read("st").orElseThrow().kind()).isEqualTo(ResultTime.Kind.SAME_TIME);
        assertThat(ResultTime.read(",,").orElseThrow().kind()).isEqualTo(ResultTime.Kind.SAME_TIME);
    }

    @Test
    void whatIsNoTimeOrReadsTwoWaysIsNotRead() {
        assertThat(ResultTime.read("Accident")).isEmpty();
        assertThat(ResultTime.read("DNF")).isEmpty();
        assertThat(ResultTime.read("")).isEmpty();
        assertThat(ResultTime.read("3.57")).as("3.57 s or 3 min 57 s: only its column can tell").isEmpty();
        assertThat(ResultTime.read("6:61")).isEmpty();
        assertThat(ResultTime.read("1h 75' 00\"")).isEmpty();
        assertThat(ResultTime.read("Mercier")).isEmpty();
        assertThat(ResultTime.read("12 July")).isEmpty();
    }
}
