package org.podium.importers.csv.internal.sheet;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.podium.engine.TimingStatus;
import org.podium.model.ResultStatus;

/** The status words of timing sheets and standings ({@code csv-inputs.md}). */
final class StatusWords {

    static final String KNOWN = "OK, finished, DNF, RET, retired, abandon, DSQ, DQ, excluded, DNS, cancelled, awarded";

    private static final Map<String, TimingStatus> WORDS = Map.ofEntries(
            Map.entry("", TimingStatus.FINISHED), Map.entry("ok", TimingStatus.FINISHED),
            Map.entry("finished", TimingStatus.FINISHED), Map.entry("classified", TimingStatus.FINISHED),
            Map.entry("dnf", TimingStatus.RETIRED), Map.entry("ret", TimingStatus.RETIRED),
            Map.entry("retired", TimingStatus.RETIRED), Map.entry("abandon", TimingStatus.RETIRED),
            Map.entry("abandoned", TimingStatus.RETIRED),
            Map.entry("dsq", TimingStatus.DISQUALIFIED), Map.entry("dq", TimingStatus.DISQUALIFIED),
            Map.entry("excluded", TimingStatus.DISQUALIFIED), Map.entry("disqualified", TimingStatus.DISQUALIFIED),
            Map.entry("dns", TimingStatus.NOT_STARTED), Map.entry("not started", TimingStatus.NOT_STARTED),
            Map.entry("cancelled", TimingStatus.CANCELLED), Map.entry("canceled", TimingStatus.CANCELLED),
            Map.entry("awarded", TimingStatus.AWARDED));

    private StatusWords() {
    }

    static Optional<TimingStatus> timing(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(WORDS.get(key));
    }

    /** A standings row's status; {@code not classified} and {@code NC} exist there too. */
    static Optional<ResultStatus> result(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (key.equals("nc") || key.equals("not classified") || key.equals("not-classified")) {
            return Optional.of(ResultStatus.NOT_CLASSIFIED);
        }
        return timing(word).map(status -> switch (status) {
            case FINISHED, AWARDED, CANCELLED -> ResultStatus.CLASSIFIED;
            case RETIRED -> ResultStatus.RETIRED;
            case DISQUALIFIED -> ResultStatus.DISQUALIFIED;
            case NOT_STARTED -> ResultStatus.NOT_STARTED;
        });
    }
}
