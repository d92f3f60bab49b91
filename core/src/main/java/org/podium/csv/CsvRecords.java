package org.podium.csv;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The one rule for every CSV Podium writes (the data package, {@code podium check --format csv},
 * generated timing sheets): {@code ,} between fields, {@code \n} after every record, and quotes
 * only around a value that holds a comma, a quote or a line break, with inner quotes doubled
 * (RFC 4180). A missing value (null) is an empty field.
 *
 * <p>Values are written exactly as they are: CSV is data, and the data package reads back to the
 * same bytes. A value beginning with {@code =}, {@code +}, {@code -} or {@code @} is therefore not
 * neutralised, and a spreadsheet that opens the file may run it as a formula. Written
 * {@linkplain #write(Appendable, Iterable, boolean) spreadsheet-safe} ({@code --spreadsheet-safe}),
 * such a value gets a leading {@code '} instead ({@link #spreadsheetSafe(String)}).
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
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private CsvRecords() {
    }

    /** One record and its line end, every value exactly as it is. */
    public static void write(Appendable out, Iterable<String> fields) throws IOException {
        write(out, fields, false);
    }

    /**
     * One record and its line end; with {@code spreadsheetSafe}, each value a spreadsheet would
     * read as a formula is written as {@link #spreadsheetSafe(String)} gives it.
     */
    public static void write(Appendable out, Iterable<String> fields, boolean spreadsheetSafe) throws IOException {
        boolean first = true;
        for (String value : fields) {
            if (!first) {
                out.append(DELIMITER);
            }
            out.append(field(spreadsheetSafe ? spreadsheetSafe(value) : value));
            first = false;
        }
        out.append(RECORD_SEPARATOR);
    }

    /**
     * The value as a spreadsheet shows it as text rather than run it: one that begins with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a line break (what Excel, LibreOffice and
     * Google Sheets take for the start of a formula) gets a leading {@code '}, which makes them take
     * it as text, shown with its {@code '}, rather than run it. A plain number ({@code -5}, {@code +1.5}) runs nothing and is left
     * as it is, and so is null. The value is then no longer exact: this is for people who open CSV
     * in a spreadsheet, never for data to be read back.
     */
    public static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\n';
        return risky ? "'" + value : value;
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
