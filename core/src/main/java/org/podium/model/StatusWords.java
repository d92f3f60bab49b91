package org.podium.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words results write for a crew's status, where a position, a time or a status column would
 * be, in one place for every importer: {@code DNF}, {@code Ret}, {@code Ab.}, {@code DSQ},
 * {@code DNS}, {@code NP} (non partant), {@code WD}, {@code NC}, {@code OTL}…
 */
public final class StatusWords {

    /** The words, for a message that lists what Podium reads. */
    public static final String KNOWN = "OK, finished, DNF, RET, retired, abandon, Ab, DSQ, DQ, excluded, DNS, NP, DNQ,"
            + " WD, NC, OTL";

    private static final Map<String, ResultStatus> WORDS = Map.ofEntries(
            Map.entry("", ResultStatus.CLASSIFIED), Map.entry("ok", ResultStatus.CLASSIFIED),
            Map.entry("finished", ResultStatus.CLASSIFIED), Map.entry("classified", ResultStatus.CLASSIFIED),
            Map.entry("dnf", ResultStatus.RETIRED), Map.entry("ret", ResultStatus.RETIRED),
            Map.entry("retired", ResultStatus.RETIRED), Map.entry("abandon", ResultStatus.RETIRED),
            Map.entry("abandoned", ResultStatus.RETIRED), Map.entry("retirement", ResultStatus.RETIRED),
            Map.entry("did not finish", ResultStatus.RETIRED), Map.entry("ab", ResultStatus.RETIRED),
            Map.entry("abd", ResultStatus.RETIRED),
            Map.entry("dsq", ResultStatus.DISQUALIFIED), Map.entry("dq", ResultStatus.DISQUALIFIED),
            Map.entry("excluded", ResultStatus.DISQUALIFIED), Map.entry("disqualified", ResultStatus.DISQUALIFIED),
            Map.entry("disq", ResultStatus.DISQUALIFIED), Map.entry("exclu", ResultStatus.DISQUALIFIED),
            Map.entry("ex", ResultStatus.DISQUALIFIED),
            Map.entry("dns", ResultStatus.NOT_STARTED), Map.entry("not started", ResultStatus.NOT_STARTED),
            Map.entry("did not start", ResultStatus.NOT_STARTED), Map.entry("np", ResultStatus.NOT_STARTED),
            Map.entry("non partant", ResultStatus.NOT_STARTED),
            // Did not qualify, withdrawn: not in the race; the word itself says more, and is kept as the reason.
            Map.entry("dnq", ResultStatus.NOT_STARTED), Map.entry("did not qualify", ResultStatus.NOT_STARTED),
            Map.entry("dnpq", ResultStatus.NOT_STARTED), Map.entry("wd", ResultStatus.NOT_STARTED),
            Map.entry("withdrawn", ResultStatus.NOT_STARTED),
            Map.entry("nc", ResultStatus.NOT_CLASSIFIED), Map.entry("not classified", ResultStatus.NOT_CLASSIFIED),
            Map.entry("not-classified", ResultStatus.NOT_CLASSIFIED), Map.entry("non classé", ResultStatus.NOT_CLASSIFIED),
            // Outside the time limit, hors délai: finished, but too late to be classified.
            Map.entry("otl", ResultStatus.NOT_CLASSIFIED), Map.entry("hd", ResultStatus.NOT_CLASSIFIED));

    /** Words that are only a status: any other word a row gives for it is kept as the reason too. */
    private static final Set<String> PLAIN = Set.of("", "ok", "finished", "classified", "dnf", "ret", "retired",
            "abandon", "abandoned", "retirement", "did not finish", "ab", "abd", "dsq", "dq", "excluded", "disqualified",
            "disq", "exclu", "dns", "not started", "did not start", "np", "non partant", "nc", "not classified",
            "not-classified", "non classé");

    private StatusWords() {
    }

    /** The status a word says ({@code Ret.} → retired, an empty cell or {@code OK} → classified), or empty. */
    public static Optional<ResultStatus> of(String word) {
        return Optional.ofNullable(WORDS.get(key(word)));
    }

    /** Whether the word says more than its status ({@code DNQ}, {@code WD}, {@code OTL}): then it is kept as the reason. */
    public static boolean saysMore(String word) {
        return !PLAIN.contains(key(word));
    }

    private static String key(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1).strip() : key;
    }
}
