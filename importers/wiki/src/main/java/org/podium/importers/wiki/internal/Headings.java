package org.podium.importers.wiki.internal;

/**
 * The plain-text article's title line {@code = Title =} and section lines {@code == Section ==},
 * read in linear time. They were the patterns {@code =\s*([^=].*?)\s*=} and
 * {@code (={2,6})\s*(.*?)\s*\1}, which give the same answers, but whose lazy middle followed by
 * spaces rescans a run of spaces from each of its characters: a line of a million spaces never
 * ended. Spaces here are those of {@code \s}: space, tab, line and form feeds, carriage return.
 */
final class Headings {

    private Headings() {
    }

    /** The title of a stripped line written {@code = Title =}, or null when it is not one. */
    static String title(String line) {
        if (line.length() < 3 || line.charAt(0) != '=' || line.charAt(line.length() - 1) != '=') {
            return null;
        }
        int from = 1;
        int to = line.length() - 1;
        if (line.charAt(from) == '=') {
            return null;
        }
        int start = from;
        while (start < to && isSpace(line.charAt(start))) {
            start++;
        }
        if (start == to || line.charAt(start) == '=') {
            // The spaces run to the end or to an '=': the title starts with the last of them.
            start--;
        }
        return line.substring(start, textEnd(line, start, to));
    }

    /** The level's equals signs and the text of a stripped line written {@code == Section ==}, or null. */
    static String[] section(String line) {
        int equals = 0;
        while (equals < line.length() && equals < 6 && line.charAt(equals) == '=') {
            equals++;
        }
        for (int k = equals; k >= 2; k--) {
            int to = line.length() - k;
            if (to < k || !endsWithEquals(line, k)) {
                continue;
            }
            int start = k;
            while (start < to && isSpace(line.charAt(start))) {
                start++;
            }
            int end = start == to ? start : textEnd(line, start, to);
            return new String[] {line.substring(0, k), line.substring(start, end)};
        }
        return null;
    }

    /** Where the text from {@code start} (one character at least) ends, spaces before {@code to} left out. */
    private static int textEnd(String line, int start, int to) {
        int end = to;
        while (end > start + 1 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean endsWithEquals(String line, int count) {
        for (int i = line.length() - count; i < line.length(); i++) {
            if (line.charAt(i) != '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
