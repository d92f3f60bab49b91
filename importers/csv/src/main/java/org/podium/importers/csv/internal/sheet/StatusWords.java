package org.podium.importers.csv.internal.sheet;

import java.util.Locale;
import java.util.Optional;
import org.podium.engine.TimingStatus;
import org.podium.model.ResultStatus;

/**
 * The status words of timing sheets and standings ({@code csv-inputs.md}): core's
 * {@link org.podium.model.StatusWords}, which every importer reads, and the two words only a timing
 * sheet writes, {@code cancelled} and {@code awarded}, for a stage that did not run.
 */
final class StatusWords {

    static final String KNOWN = org.podium.model.StatusWords.KNOWN + ", cancelled, awarded";

    private StatusWords() {
    }

    static Optional<TimingStatus> timing(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (key.equals("cancelled") || key.equals("canceled")) {
            return Optional.of(TimingStatus.CANCELLED);
        }
        if (key.equals("awarded")) {
            return Optional.of(TimingStatus.AWARDED);
        }
        // A timing sheet has no "not classified": the engine decides that from the times.
        return org.podium.model.StatusWords.of(word).flatMap(status -> switch (status) {
            case CLASSIFIED -> Optional.of(TimingStatus.FINISHED);
            case RETIRED -> Optional.of(TimingStatus.RETIRED);
            case DISQUALIFIED -> Optional.of(TimingStatus.DISQUALIFIED);
            case NOT_STARTED -> Optional.of(TimingStatus.NOT_STARTED);
            case NOT_CLASSIFIED -> Optional.<TimingStatus>empty();
        });
    }

    /** A standings row's status; {@code not classified} and {@code NC} exist there too. */
    static Optional<ResultStatus> result(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (key.equals("cancelled") || key.equals("canceled") || key.equals("awarded")) {
            return Optional.of(ResultStatus.CLASSIFIED);
        }
        return org.podium.model.StatusWords.of(word);
    }

    /** Whether the word says more than the status it maps to ({@code DNQ}, {@code WD}): then it is kept as the reason. */
    static boolean saysMore(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return !key.equals("cancelled") && !key.equals("canceled") && !key.equals("awarded")
                && org.podium.model.StatusWords.saysMore(word);
    }
}
