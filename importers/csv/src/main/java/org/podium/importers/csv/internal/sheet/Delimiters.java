package org.podium.importers.csv.internal.sheet;

/** The field delimiter of a table, guessed from its header line: the most frequent of {@code ,} {@code ;} tab outside quotes. */
final class Delimiters {

    private Delimiters() {
    }

    static char detect(String headerLine, boolean tabSeparatedFile) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                        // any other character belongs to a header
                    }
                }
            }
        }
        if (tabSeparatedFile && tabs > 0) {
            return '\t';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ';' -> "';'";
            default -> "','";
        };
    }
}
