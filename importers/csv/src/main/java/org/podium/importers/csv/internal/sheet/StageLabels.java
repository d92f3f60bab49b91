package org.podium.importers.csv.internal.sheet;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A race folder's stage labels: one spelling of each ({@code 07} and {@code 7} are one stage,
 * {@code 12a} is {@code 12A}), the label a stage file's name gives ({@code stage-07.csv} is stage
 * {@code 7}), and the order of stages when no itinerary gives one.
 */
final class StageLabels {

    /** A number, perhaps with leading zeros, and perhaps a letter suffix ({@code 12A}). */
    private static final Pattern NUMBERED = Pattern.compile("0*(\\d+)\\s*([A-Za-z]*)");
    private static final Pattern FILE = Pattern.compile("stage-(.+)\\.(?:csv|tsv)", Pattern.CASE_INSENSITIVE);

    /**
     * Natural order: the prologue first ({@code P}, {@code prologue}), then numbers by their value
     * ({@code 2} before {@code 10}) and one number's parts by their letters ({@code 12A} before
     * {@code 12B}), then any other label in alphabetical order.
     */
    static final Comparator<String> NATURAL = Comparator.comparingInt(StageLabels::rank)
            .thenComparing(StageLabels::number, Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());

    private StageLabels() {
    }

    /** One spelling: a number without leading zeros, its letter in capitals, {@code P}; else as written. */
    static String canonical(String label) {
        String text = label.strip();
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            return numbered.group(1) + numbered.group(2).toUpperCase(Locale.ROOT);
        }
        return text.equalsIgnoreCase("p") ? "P" : text;
    }

    /** The stage a file's name gives ({@code stage-07.csv}: {@code 7}), or null when the name gives none. */
    static String ofFile(String fileName) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() && !m.group(1).isBlank() ? canonical(m.group(1)) : null;
    }

    /** Whether a label names a prologue: {@code P} (any case), {@code Prologue}, {@code prolog}. */
    static boolean isPrologue(String label) {
        return label != null && (label.equalsIgnoreCase("P") || label.toLowerCase(Locale.ROOT).startsWith("prolog"));
    }

    private static int rank(String label) {
        if (isPrologue(label)) {
            return 0;
        }
        return NUMBERED.matcher(label).matches() ? 1 : 2;
    }

    /** The digits of a numbered label (without leading zeros, so longer is larger), else empty. */
    private static String number(String label) {
        Matcher m = NUMBERED.matcher(label);
        return m.matches() ? m.group(1) : "";
    }
}
