package org.podium.importers.csv.internal.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them: {@code 2026-01-03}, {@code 3 January 2026}, {@code 1 July} (the year
 * given by the caller), {@code 03/01/2026}, {@code 03.01.2026} (day first). Month names in English
 * and French are spelled out here rather than taken from a locale, so no machine setting changes them.
 */
final class DateText {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er)?\\s+([\\p{L}.]+)(?:\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("janvier", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juin", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juillet", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octobre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("décembre", 12), Map.entry("decembre", 12));

    private DateText() {
    }

    /** Whether the text names a day but no year ({@code 1 July}). */
    static boolean lacksYear(String text) {
        Matcher named = NAMED.matcher(text.strip());
        return named.matches() && named.group(3) == null;
    }

    /** The date, or empty when it is not one or has no year and {@code year} is null. */
    static Optional<LocalDate> parse(String text, Integer year) {
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher numeric = NUMERIC.matcher(value);
            if (numeric.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1))));
            }
            Matcher named = NAMED.matcher(value);
            if (named.matches()) {
                Integer month = MONTHS.get(named.group(2).replace(".", "").toLowerCase(Locale.ROOT));
                Integer inYear = named.group(3) != null ? Integer.valueOf(named.group(3)) : year;
                if (month != null && inYear != null) {
                    return Optional.of(LocalDate.of(inYear, month, Integer.parseInt(named.group(1))));
                }
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
