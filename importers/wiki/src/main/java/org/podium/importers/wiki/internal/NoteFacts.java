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

    /**
     * Who (the text before it), the minutes, and the rest (after it). Found from the start of a run
     * of spaces only: as {@code ^(.+?)\\s+…(.*)$} it rescanned a run of spaces from each of its
     * characters. At most 9 digits, so the minutes are a Duration.
     */
    private static final Pattern PENALTY = Pattern.compile(
            "(?<!\\s)\\s+(?:had|earned|received|got|was given)\\s+an?\\s+(\\d{1,9})[- ]minute penalty",
            Pattern.CASE_INSENSITIVE);
    /** What '.' does not match, and so what no penalty sentence holds. */
    private static final Pattern LINE_TERMINATOR = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");
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
        String text = sentence.strip();
        // Who and the rest are '.'s: no line terminator in them (the spaces between may hold one).
        int firstTerminator = text.length();
        int lastTerminator = -1;
        Matcher terminator = LINE_TERMINATOR.matcher(text);
        while (terminator.find()) {
            firstTerminator = Math.min(firstTerminator, terminator.start());
            lastTerminator = terminator.start();
        }
        Matcher m = PENALTY.matcher(text);
        int from = 1;
        while (from <= text.length() && m.find(from) && m.start() <= firstTerminator) {
            if (m.end() > lastTerminator) {
                Matcher reason = REASON.matcher(text.substring(m.end()).strip());
                return Optional.of(new PenaltyFact(text.substring(0, m.start()).strip(),
                        Duration.ofMinutes(Long.parseLong(m.group(1))), reason.find() ? reason.group(1).strip() : null));
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    static Optional<Duration> awardedTime(String sentence) {
        Matcher m = AWARDED.matcher(sentence);
        return m.find() ? Times.parseClock(m.group(1)) : Optional.empty();
    }
}
