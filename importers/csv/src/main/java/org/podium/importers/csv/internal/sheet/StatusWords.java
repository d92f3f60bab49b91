package org.podium.importers.csv.internal.sheet;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podium.engine.TimingStatus;
import org.podium.model.ResultStatus;

/**
 * The status words of timing sheets and standings ({@code csv-inputs.md}), and of results tables
 * that write a status where the position or the time would be ({@code Ret}, {@code Not started}).
 */
final class StatusWords {

    static final String KNOWN = "OK, finished, DNF, RET, retired, abandon, Ab, DSQ, DQ, excluded, DNS, NP, DNQ, WD,"
            + " NC, cancelled, awarded";

    private static final Map<String, TimingStatus> WORDS = Map.ofEntries(
            Map.entry("", TimingStatus.FINISHED), Map.entry("ok", TimingStatus.FINISHED),
            Map.entry("finished", TimingStatus.FINISHED), Map.entry("classified", TimingStatus.FINISHED),
            Map.entry("dnf", TimingStatus.RETIRED), Map.entry("ret", TimingStatus.RETIRED),
            Map.entry("retired", TimingStatus.RETIRED), Map.entry("abandon", TimingStatus.RETIRED),
            Map.entry("abandoned", TimingStatus.RETIRED), Map.entry("retirement", TimingStatus.RETIRED),
            Map.entry("did not finish", TimingStatus.RETIRED), Map.entry("ab", TimingStatus.RETIRED),
            Map.entry("abd", TimingStatus.RETIRED),
            Map.entry("dsq", TimingStatus.DISQUALIFIED), Map.entry("dq", TimingStatus.DISQUALIFIED),
            Map.entry("excluded", TimingStatus.DISQUALIFIED), Map.entry("disqualified", TimingStatus.DISQUALIFIED),
            Map.entry("disq", TimingStatus.DISQUALIFIED), Map.entry("exclu", TimingStatus.DISQUALIFIED),
            Map.entry("dns", TimingStatus.NOT_STARTED), Map.entry("not started", TimingStatus.NOT_STARTED),
            Map.entry("did not start", TimingStatus.NOT_STARTED), Map.entry("np", TimingStatus.NOT_STARTED),
            Map.entry("non partant", TimingStatus.NOT_STARTED),
            // Did not qualify, withdrawn: not in the race; the word itself is kept as the reason.
            Map.entry("dnq", TimingStatus.NOT_STARTED), Map.entry("did not qualify", TimingStatus.NOT_STARTED),
            Map.entry("wd", TimingStatus.NOT_STARTED), Map.entry("withdrawn", TimingStatus.NOT_STARTED),
            Map.entry("cancelled", TimingStatus.CANCELLED), Map.entry("canceled", TimingStatus.CANCELLED),
            Map.entry("awarded", TimingStatus.AWARDED));

    /** Words that are only a status: anything else a row gives as its status is kept as the reason too. */
    private static final Set<String> PLAIN = Set.of("", "ok", "finished", "classified", "dnf", "ret", "retired",
            "abandon", "abandoned", "retirement", "did not finish", "ab", "abd", "dsq", "dq", "excluded", "disqualified",
            "disq", "exclu", "dns", "not started", "did not start", "np", "non partant", "nc", "not classified",
            "not-classified", "non classé", "cancelled", "canceled", "awarded");

    private StatusWords() {
    }

    static Optional<TimingStatus> timing(String word) {
        return Optional.ofNullable(WORDS.get(key(word)));
    }

    /** A standings row's status; {@code not classified} and {@code NC} exist there too. */
    static Optional<ResultStatus> result(String word) {
        String key = key(word);
        if (key.equals("nc") || key.equals("not classified") || key.equals("not-classified")
                || key.equals("non classé")) {
            return Optional.of(ResultStatus.NOT_CLASSIFIED);
        }
        return timing(word).map(status -> switch (status) {
            case FINISHED, AWARDED, CANCELLED -> ResultStatus.CLASSIFIED;
            case RETIRED -> ResultStatus.RETIRED;
            case DISQUALIFIED -> ResultStatus.DISQUALIFIED;
            case NOT_STARTED -> ResultStatus.NOT_STARTED;
        });
    }

    /** Whether the word says more than the status it maps to ({@code DNQ}, {@code WD}): then it is kept as the reason. */
    static boolean saysMore(String word) {
        return !PLAIN.contains(key(word));
    }

    private static String key(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }
}
