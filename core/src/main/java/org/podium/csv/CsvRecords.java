package org.podium.csv;

import java.io.IOException;

/**
 * The one rule for every CSV Podium writes (the data package, {@code podium check --format csv},
 * generated timing sheets): {@code ,} between fields, {@code \n} after every record, and quotes
 * only around a value that holds a comma, a quote or a line break, with inner quotes doubled
 * (RFC 4180). A missing value (null) is an empty field.
 *
 * <p>Commons CSV's {@code QuoteMode.MINIMAL} is not used because it quotes more than that rule:
 * an empty first field, a value starting with a character up to {@code #}, a value ending in
 * whitespace; and its heuristics have changed between releases, while the package's bytes must
 * not move with a library upgrade. The rule is small enough to own; Commons CSV reads the results
 * back in the tests.
 */
public final class CsvRecords {

    private static final char DELIMITER = ',';
    private static final char QUOTE = '"';
    private static final String RECORD_SEPARATOR = "\n";

    private CsvRecords() {
    }

    /** One record and its line end. */
    public static void write(Appendable out, Iterable<String> fields) throws IOException {
        boolean first = true;
        for (String value : fields) {
            if (!first) {
                out.append(DELIMITER);
            }
            out.append(field(value));
            first = false;
        }
        out.append(RECORD_SEPARATOR);
    }

    /** The value as a field: as it is, or quoted with inner quotes doubled when it must be. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!needsQuotes(value)) {
            return value;
        }
        return QUOTE + value.replace(String.valueOf(QUOTE), String.valueOf(QUOTE) + QUOTE) + QUOTE;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == DELIMITER || c == QUOTE || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
