package org.podium.importers.wiki.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.model.Times;

/**
 * Facts that notes state in sentences: a penalty ("Peterhansel had a 14-minute penalty added to
 * his time as a result of speeding…") and an awarded time ("All competitors awarded a stage time
 * of 50:00"). The note stays text as well; these make the numbers data.
 */
final class NoteFacts {

    private static final Pattern PENALTY = Pattern.compile(
            "^(.+?)\\s+(?:had|earned|received|got|was given)\\s+an?\\s+(\\d+)[- ]minute penalty(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile(
            "(?:as a result of|for|due to|because of)\\s+(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AWARDED = Pattern.compile(
            "awarded\\s+(?:a\\s+)?(?:stage\\s+)?time\\s+of\\s+(\\d+:\\d{2}(?::\\d{2})?)", Pattern.CASE_INSENSITIVE);

    private NoteFacts() {
    }

    /** A penalty a note states: who (as the note names them), how long, why. */
    record PenaltyFact(String who, Duration time, String reason) {
    }

    static Optional<PenaltyFact> penalty(String sentence) {
        Matcher m = PENALTY.matcher(sentence.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher reason = REASON.matcher(m.group(3).strip());
        return Optional.of(new PenaltyFact(m.group(1).strip(), Duration.ofMinutes(Long.parseLong(m.group(2))),
                reason.find() ? reason.group(1).strip() : null));
    }

    static Optional<Duration> awardedTime(String sentence) {
        Matcher m = AWARDED.matcher(sentence);
        return m.find() ? Times.parseClock(m.group(1)) : Optional.empty();
    }
}
