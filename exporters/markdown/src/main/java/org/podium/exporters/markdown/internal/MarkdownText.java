package org.podium.exporters.markdown.internal;

/**
 * Turns text from the model into Markdown inline text that reads back as exactly that text, on one
 * line, wherever it is placed: a table cell, a list item, a heading or a paragraph.
 *
 * <p>Written as one pass over the characters rather than with regular expressions: it runs for
 * every cell of every table, and a 100 000-row event has millions of them.
 */
public final class MarkdownText {

    /**
     * Characters that start emphasis, code, links, raw HTML, strikethrough or cell borders, and
     * {@code #}, which would close an ATX heading at the end of one.
     */
    private static final String ALWAYS_ESCAPED = "\\`*_[]<>|~#";

    /** {@link #ALWAYS_ESCAPED} and {@code &}, by character: one array read per character instead of a search. */
    private static final boolean[] ESCAPED = new boolean[128];

    static {
        for (char c : (ALWAYS_ESCAPED + "&").toCharArray()) {
            ESCAPED[c] = true;
        }
    }

    /** The longest run of digits CommonMark reads as an ordered list's number. */
    private static final int MAX_LIST_NUMBER_DIGITS = 9;

    private MarkdownText() {
    }

    public static String escape(String text) {
        String flat = flatten(text);
        int marker = lineStartMarker(flat);
        int first = marker;
        if (first < 0) {
            first = firstEscaped(flat, 0);
            if (first < 0) {
                // Most cells (numbers, times, names): the text itself, no copy made.
                return flat;
            }
        }
        StringBuilder escaped = new StringBuilder(flat.length() + 8).append(flat, 0, first);
        for (int i = first; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (i == marker || isEscaped(flat, i)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The index of the first character at or after {@code from} that needs a backslash; -1 for none. */
    private static int firstEscaped(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isEscaped(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isEscaped(String text, int i) {
        char c = text.charAt(i);
        if (c >= ESCAPED.length || !ESCAPED[c]) {
            return false;
        }
        // "&amp;" or "&#38;" would be read as an entity; a lone "&" would not.
        return c != '&' || i + 1 < text.length() && isEntityStart(text.charAt(i + 1));
    }

    /**
     * Where a line starting with this text would start a block, the index of the character to
     * escape; -1 when it starts none. {@code -}, {@code +} or {@code =} followed by one of them, a
     * space or the end make a list item ({@code - x}), a setext underline ({@code ==}) or a
     * thematic break ({@code ---}); a sign before a number ({@code +0:00:05}) makes none of them.
     * One to nine digits followed by {@code .} or {@code )} and a space or the end make an ordered
     * list item ({@code 1. x}).
     */
    private static int lineStartMarker(String flat) {
        if (flat.isEmpty()) {
            return -1;
        }
        char first = flat.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return flat.length() == 1 || "-+= ".indexOf(flat.charAt(1)) >= 0 ? 0 : -1;
        }
        int digits = 0;
        while (digits < flat.length() && isAsciiDigit(flat.charAt(digits))) {
            digits++;
        }
        boolean ordered = digits >= 1 && digits <= MAX_LIST_NUMBER_DIGITS && digits < flat.length()
                && (flat.charAt(digits) == '.' || flat.charAt(digits) == ')')
                && (digits + 1 == flat.length() || flat.charAt(digits + 1) == ' ');
        return ordered ? digits : -1;
    }

    /**
     * Line breaks would end a table row or a list item, so every run of whitespace and line
     * separators becomes one space, and the text is stripped.
     */
    private static String flatten(String text) {
        StringBuilder flat = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBreakingSpace(c)) {
                boolean plainSpace = c == ' ' && !inRun && (i + 1 == text.length() || !isBreakingSpace(text.charAt(i + 1)));
                if (flat == null && !plainSpace) {
                    flat = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (flat != null && !inRun) {
                    flat.append(' ');
                }
                inRun = true;
            } else {
                if (flat != null) {
                    flat.append(c);
                }
                inRun = false;
            }
        }
        return (flat == null ? text : flat.toString()).strip();
    }

    /** {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return), NEL and the Unicode line and paragraph separators. */
    private static boolean isBreakingSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isEntityStart(char c) {
        return isAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '#';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
