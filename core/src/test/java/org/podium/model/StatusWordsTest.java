package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusWordsTest {

    @Test
    void theWordsOfFederationsAndResultsSitesAreOneVocabulary() {
        assertThat(StatusWords.of("Ret.")).hasValue(ResultStatus.RETIRED);
        assertThat(StatusWords.of("Ab")).hasValue(ResultStatus.RETIRED);
        assertThat(StatusWords.of("NP")).as("non partant").hasValue(ResultStatus.NOT_STARTED);
        assertThat(StatusWords.of("DSQ")).hasValue(ResultStatus.DISQUALIFIED);
        assertThat(StatusWords.of("OTL")).hasValue(ResultStatus.NOT_CLASSIFIED);
        assertThat(StatusWords.of("  nc ")).hasValue(ResultStatus.NOT_CLASSIFIED);
        assertThat(StatusWords.of("")).hasValue(ResultStatus.CLASSIFIED);
        assertThat(StatusWords.of("Gearbox")).isEmpty();
    }

    @Test
    void aWordThatSaysMoreThanItsStatusIsKeptAsTheReason() {
        assertThat(StatusWords.saysMore("DNF")).isFalse();
        assertThat(StatusWords.saysMore("Ret.")).isFalse();
        assertThat(StatusWords.saysMore("DNQ")).as("did not qualify is more than not started").isTrue();
        assertThat(StatusWords.saysMore("WD")).isTrue();
    }
}
