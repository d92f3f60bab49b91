package org.podium.exporters.markdown.internal;

import java.util.regex.Pattern;

/**
 * Turns text from the model into Markdown inline text that reads back as exactly that text, on one
 * line, wherever it is placed: a table cell, a list item, a heading or a paragraph.
 */
public final class MarkdownText {

    /** Line breaks would end a table row or a list item, so every whitespace run becomes one space. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

    /**
     * Characters that start emphasis, code, links, raw HTML, strikethrough or cell borders, and
     * {@code #}, which would close an ATX heading at the end of one.
     */
    private static final String ALWAYS_ESCAPED = "\\`*_[]<>|~#";

    /** {@code &amp;} or {@code &#38;} would be read as an entity. */
    private static final Pattern ENTITY_START = Pattern.compile("&[A-Za-z0-9#]");

    /**
     * At a line start these make a list item ({@code - x}), a setext underline ({@code ==}) or a
     * thematic break ({@code ---}); a sign before a number ({@code +0:00:05}) makes none of them.
     */
    private static final Pattern BLOCK_MARKER = Pattern.compile("^([-+=])(?=[-+= ]|$)");

    /** At a line start {@code 1.} or {@code 1)} followed by a space makes an ordered list item. */
    private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?= |$)");

    private MarkdownText() {
    }

    public static String escape(String text) {
        String flat = WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
        StringBuilder escaped = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean entity = c == '&' && ENTITY_START.matcher(flat).region(i, flat.length()).lookingAt();
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || entity) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        String lineStart = BLOCK_MARKER.matcher(escaped).replaceFirst("\\\\$1");
        return ORDERED_LIST_MARKER.matcher(lineStart).replaceFirst("$1\\\\$2");
    }
}
