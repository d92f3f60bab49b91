package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The field delimiter of a table: {@code ,} {@code ;} tab {@code |} or {@code #}, outside quotes.
 * The header alone can mislead ({@code #} is also a header, the race number), so the delimiter is
 * the one that splits the header and the next records into the same number of fields; only when
 * none does is it the most frequent one in the header.
 */
final class Delimiters {

    /** In order of preference when two split the lines equally well. */
    private static final char[] CANDIDATES = {',', ';', '\t', '|', '#'};
    private static final int RECORDS_SAMPLED = 20;

    private Delimiters() {
    }

    /**
     * @param text             the text, whose table starts at {@code tableStart} (the header row)
     * @param tabSeparatedFile whether the file's name says tab-separated
     */
    static char detect(String text, int tableStart, boolean tabSeparatedFile) {
        ImmutableList<String> records = records(text, tableStart);
        if (records.isEmpty()) {
            return ',';
        }
        if (tabSeparatedFile && count(records.getFirst(), '\t') > 0) {
            return '\t';
        }
        Character best = null;
        int bestCount = 0;
        for (char candidate : CANDIDATES) {
            int inHeader = count(records.getFirst(), candidate);
            if (inHeader == 0 || records.size() < 2) {
                continue;
            }
            // A hand-kept file may have a short row or two (trailing empty fields left out), and a
            // detection head may cut its last record: most records agreeing is enough.
            if (splitsEvenly(text, tableStart, candidate) && inHeader > bestCount) {
                best = candidate;
                bestCount = inHeader;
            }
        }
        if (best != null) {
            return best;
        }
        char mostFrequent = ',';
        int most = 0;
        for (char candidate : CANDIDATES) {
            int inHeader = count(records.getFirst(), candidate);
            if (inHeader > most) {
                mostFrequent = candidate;
                most = inHeader;
            }
        }
        return mostFrequent;
    }

    /** Whether the header and at least one more record split into the same number of fields (most records agreeing). */
    static boolean splitsEvenly(String text, int tableStart, char delimiter) {
        ImmutableList<String> records = records(text, tableStart);
        if (records.size() < 2) {
            return false;
        }
        int inHeader = count(records.getFirst(), delimiter);
        int agreeing = records.drop(1).count(record -> count(record, delimiter) == inHeader);
        return inHeader > 0 && agreeing * 5 >= (records.size() - 1) * 4;
    }

    /** Whether the header holds none of the delimiters: the whole line would be one column. */
    static boolean noneIn(String headerLine) {
        for (char candidate : CANDIDATES) {
            if (count(headerLine, candidate) > 0) {
                return false;
            }
        }
        return true;
    }

    static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    /** The list of delimiters Podium tries, for messages. */
    static String known() {
        return "',' ';' tab '|' '#'";
    }

    /** The first records, blank lines skipped; a quoted line break stays inside its record. */
    private static ImmutableList<String> records(String text, int from) {
        MutableList<String> records = Lists.mutable.empty();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (int i = from; i < text.length() && records.size() < RECORDS_SAMPLED; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!record.toString().isBlank()) {
                    records.add(record.toString());
                }
                record.setLength(0);
            } else {
                record.append(c);
            }
        }
        if (!record.toString().isBlank() && records.size() < RECORDS_SAMPLED) {
            records.add(record.toString());
        }
        return records.toImmutable();
    }

    private static int count(String record, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                count++;
            }
        }
        return count;
    }
}
