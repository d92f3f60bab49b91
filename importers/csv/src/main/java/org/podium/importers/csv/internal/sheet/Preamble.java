package org.podium.importers.csv.internal.sheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The comment lines before the header ({@code # event: Rally of Somewhere 2026}) and where the
 * table starts. A {@code #} header (the race number) is not a comment: a comment's {@code #} is not
 * followed by a delimiter ({@code , ; | tab}) or a quote.
 *
 * @param comments   the comment lines, {@code #} removed, with their line numbers
 * @param tableStart where in the text the table starts (its header): the table is never copied out
 *                   of a large file's text, and a preamble does not keep the text alive
 * @param firstLine  the header's physical line number
 * @param headerLine the header line, or empty when there is none
 */
record Preamble(ImmutableList<Comment> comments, int tableStart, int firstLine, String headerLine) {

    private static final Pattern KEY_VALUE = Pattern.compile("([^:]{1,40}):\\s*(.*)");

    /** One comment line: a {@code key: value} fact, or free text when {@code key} is null. */
    record Comment(int line, String key, String value) {
    }

    static Preamble of(String text) {
        MutableList<Comment> comments = Lists.mutable.empty();
        int offset = 0;
        int line = 1;
        while (offset < text.length()) {
            int end = text.indexOf('\n', offset);
            int next = end < 0 ? text.length() : end + 1;
            String content = text.substring(offset, end < 0 ? text.length() : end).replace("\r", "");
            String stripped = content.strip();
            if (stripped.isEmpty()) {
                offset = next;
                line++;
                continue;
            }
            if (!isComment(stripped)) {
                break;
            }
            String body = stripped.substring(1).strip();
            Matcher m = KEY_VALUE.matcher(body);
            if (m.matches()) {
                comments.add(new Comment(line, m.group(1).strip(), m.group(2).strip()));
            } else if (!body.isEmpty()) {
                comments.add(new Comment(line, null, body));
            }
            offset = next;
            line++;
        }
        int tableStart = Math.min(offset, text.length());
        int end = text.indexOf('\n', tableStart);
        String headerLine = text.substring(tableStart, end < 0 ? text.length() : end).replace("\r", "");
        return new Preamble(comments.toImmutable(), tableStart, line, headerLine);
    }

    private static boolean isComment(String line) {
        if (!line.startsWith("#")) {
            return false;
        }
        if (line.length() == 1) {
            return true;
        }
        char after = line.charAt(1);
        return after != ',' && after != ';' && after != '\t' && after != '|' && after != '"';
    }
}
