package org.podium.importers.wiki.internal;

import java.util.regex.Pattern;

/** What a cell's text looks like, judged from the text alone. */
enum CellKind {
    EMPTY,
    /** A whole number: a position, a stage number, a race number, a distance. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** A clock time or gap: {@code 6:12}, {@code 48:00:59}, {@code +47:52}. */
    CLOCK,
    /** A day and month ({@code 28 December}) or an ISO date. */
    DATE,
    /** A three-letter code followed by a name: {@code FRA Pierre Quinonero}, {@code FRA Arras}. */
    CODED_NAME,
    /** Any other text. */
    TEXT;

    private static final Pattern INTEGER_TEXT = Pattern.compile("\\d+");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("\\d+[.,]\\d+");
    private static final Pattern CLOCK_TEXT = Pattern.compile("\\+?\\s*\\d+:\\d{2}(:\\d{2})?(\\.\\d{1,3})?");
    private static final Pattern DATE_TEXT = Pattern.compile(
            "\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "( \\d{4})?|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODED_NAME_TEXT = Pattern.compile("[A-Z]{3} \\S.*");

    static CellKind of(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        if (INTEGER_TEXT.matcher(text).matches()) {
            return INTEGER;
        }
        if (DECIMAL_TEXT.matcher(text).matches()) {
            return DECIMAL;
        }
        if (CLOCK_TEXT.matcher(text).matches()) {
            return CLOCK;
        }
        if (DATE_TEXT.matcher(text).matches()) {
            return DATE;
        }
        if (CODED_NAME_TEXT.matcher(text).matches()) {
            return CODED_NAME;
        }
        return TEXT;
    }

    /**
     * Text that spans the rest of a row when the cells after it are empty: a phrase such as
     * {@code Liaison only}, {@code Rest day} or {@code Stage cancelled due to poor conditions}
     * (several words, no digit, no country code).
     */
    static boolean isSpanningPhrase(String text) {
        return of(text) == TEXT && text.strip().contains(" ") && text.chars().noneMatch(Character::isDigit);
    }
}
