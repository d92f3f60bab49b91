package org.podium.importers.wiki.internal.wikitext;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.model.SourcePosition;

/**
 * The text of a wikitext file with its comments blanked out (each comment character replaced by a
 * space, newlines kept, so every offset still has its line and column), and the scanning that
 * every part of the reader shares: where a template, link, footnote or {@code <nowiki>} that
 * starts at an offset ends. A pipe inside any of them separates nothing at the level around it.
 */
final class WikiSource {

    private static final Pattern REF_OPEN = Pattern.compile("<ref(?=[\\s>/])[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REF_CLOSE = Pattern.compile("</ref\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOWIKI_OPEN = Pattern.compile("<nowiki\\s*(/)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOWIKI_CLOSE = Pattern.compile("</nowiki\\s*>", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final String text;
    private final int[] lineStarts;
    /** Per closing tag ({@code </ref>}, {@code </nowiki>}): the offset after which the text has none. */
    private final int[] noCloseAfter = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    /** Per closing tag: where the last search for one started, and the start and end of what it found. */
    private final int[] closeSearchedFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[][] closeFound = {{-1, -1}, {-1, -1}};
    /**
     * For the last few scan limits: the offsets whose "{{" is not closed before the limit. One scan
     * that reaches its limit finds every template it opened on the way unclosed, so a line of
     * thousands of unclosed "{{" is not scanned to its end once per "{{".
     */
    private final Map<Integer, BitSet> unclosedTemplates = lastFew();
    /**
     * The same for scans to the text's end (those that find the logical lines), kept for good: the
     * line cursor finds each logical line when it reaches it, between the scans of the cells of the
     * lines before, which would push this limit out of the last few.
     */
    private final BitSet unclosedTemplatesToEnd = new BitSet();
    /** The same for {@code [[} links, whose scans stop at the line's end. */
    private final Map<Integer, BitSet> unclosedLinks = lastFew();
    /** The last offset {@link #lineEnd} searched from, and what it found. */
    private int lastLineFrom = Integer.MAX_VALUE;
    private int lastLineEnd = -1;
    /** Where an unclosed comment starts, or -1. */
    private final int unclosedComment;

    WikiSource(String file, String original) {
        this.file = file;
        StringBuilder blanked = new StringBuilder(original);
        int unclosed = -1;
        int from = 0;
        while (true) {
            int open = original.indexOf("<!--", from);
            if (open < 0) {
                break;
            }
            int close = original.indexOf("-->", open + 4);
            int end = close < 0 ? original.length() : close + 3;
            if (close < 0) {
                unclosed = open;
            }
            for (int i = open; i < end; i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
            from = end;
        }
        this.text = blanked.toString();
        this.unclosedComment = unclosed;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int offset) {
        return text.charAt(offset);
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    int unclosedComment() {
        return unclosedComment;
    }

    /** The 1-based line and column of an offset. */
    SourcePosition position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        return SourcePosition.of(file, line + 1, clamped - lineStarts[line] + 1);
    }

    boolean startsWith(String prefix, int offset) {
        return text.startsWith(prefix, offset);
    }

    /** Whether the text at an offset starts with a prefix, ignoring case. */
    boolean startsWithIgnoreCase(String prefix, int offset) {
        return text.regionMatches(true, offset, prefix, 0, prefix.length());
    }

    /** The end of the line an offset is on (the offset of its newline, or the text's end). */
    int lineEnd(int offset) {
        // The last line asked about again (each "[[" of a long line asks): no newline lies before its end.
        if (offset >= lastLineFrom && offset <= lastLineEnd) {
            return lastLineEnd;
        }
        int newline = text.indexOf('\n', offset);
        lastLineFrom = offset;
        lastLineEnd = newline < 0 ? text.length() : newline;
        return lastLineEnd;
    }

    /**
     * Where a construct that starts at {@code offset} ends (the offset just after it), or -1 when
     * no construct starts there or it is never closed: {@code {{…}}} (may span lines),
     * {@code [[…]]} (one line), {@code <ref …>…</ref>} and {@code <ref …/>}, {@code <nowiki>…</nowiki>}.
     */
    int constructEnd(int offset, int limit) {
        if (startsWith("{{", offset)) {
            return templateEnd(offset, limit);
        }
        if (startsWith("[[", offset)) {
            return linkEnd(offset, Math.min(limit, lineEnd(offset)));
        }
        if (offset < text.length() && text.charAt(offset) == '<') {
            return tagEnd(offset, limit);
        }
        return -1;
    }

    private int templateEnd(int offset, int limit) {
        BitSet unclosed = limit == text.length() ? unclosedTemplatesToEnd : unclosedTemplates.get(limit);
        if (unclosed != null && unclosed.get(offset)) {
            return -1;
        }
        // A scan from any template opened on the way visits the same offsets: those still open at
        // the limit are never closed before it.
        Deque<Integer> opened = new ArrayDeque<>();
        int i = offset;
        while (i < limit) {
            if (startsWith("{{", i)) {
                opened.push(i);
                i += 2;
            } else if (startsWith("}}", i)) {
                opened.pop();
                i += 2;
                if (opened.isEmpty()) {
                    return i;
                }
            } else if (text.charAt(i) == '<') {
                int end = tagEnd(i, limit);
                i = end > 0 ? end : i + 1;
            } else {
                i++;
            }
        }
        BitSet known = unclosed != null ? unclosed : unclosedTemplates.computeIfAbsent(limit, l -> new BitSet());
        opened.forEach(known::set);
        return -1;
    }

    private int linkEnd(int offset, int limit) {
        BitSet unclosed = unclosedLinks.get(limit);
        if (unclosed != null && unclosed.get(offset)) {
            return -1;
        }
        // As for templates: the links still open at the limit are never closed before it.
        Deque<Integer> opened = new ArrayDeque<>();
        int i = offset;
        while (i < limit) {
            if (startsWith("[[", i)) {
                opened.push(i);
                i += 2;
            } else if (startsWith("]]", i)) {
                opened.pop();
                i += 2;
                if (opened.isEmpty()) {
                    return i;
                }
            } else if (startsWith("{{", i)) {
                int end = templateEnd(i, limit);
                i = end > 0 ? end : i + 2;
            } else {
                i++;
            }
        }
        BitSet known = unclosedLinks.computeIfAbsent(limit, l -> new BitSet());
        opened.forEach(known::set);
        return -1;
    }

    /** A map that keeps the four limits used last. */
    private static Map<Integer, BitSet> lastFew() {
        return new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, BitSet> eldest) {
                return size() > 4;
            }
        };
    }

    /** The end of a {@code <ref>} or {@code <nowiki>} element starting at an offset, or -1. */
    private int tagEnd(int offset, int limit) {
        Matcher ref = REF_OPEN.matcher(text).region(offset, limit);
        if (ref.lookingAt()) {
            if (ref.group().endsWith("/>")) {
                return ref.end();
            }
            return closeEnd(REF_CLOSE, ref.end(), limit, 0);
        }
        Matcher nowiki = NOWIKI_OPEN.matcher(text).region(offset, limit);
        if (nowiki.lookingAt()) {
            if (nowiki.group(1) != null) {
                return nowiki.end();
            }
            return closeEnd(NOWIKI_CLOSE, nowiki.end(), limit, 1);
        }
        return -1;
    }

    /**
     * The end of the first closing tag after {@code from} that ends by {@code limit}, or -1. Searches
     * go to the text's end and are remembered: the last closing tag found, and where the text has
     * none left, so that a file (or a line) of unclosed tags is not searched once per tag.
     */
    private int closeEnd(Pattern close, int from, int limit, int kind) {
        if (noCloseAfter[kind] <= from) {
            return -1;
        }
        // No closing tag lies between where the last search started and what it found.
        if (closeSearchedFrom[kind] <= from && from <= closeFound[kind][0]) {
            return closeFound[kind][1] <= limit ? closeFound[kind][1] : -1;
        }
        Matcher m = close.matcher(text).region(from, text.length());
        if (m.find()) {
            closeSearchedFrom[kind] = from;
            closeFound[kind] = new int[] {m.start(), m.end()};
            return m.end() <= limit ? m.end() : -1;
        }
        noCloseAfter[kind] = Math.min(noCloseAfter[kind], from);
        return -1;
    }

    /**
     * The first offset in {@code [from, to)} where {@code token} stands outside any construct, or
     * -1.
     */
    int findTopLevel(String token, int from, int to) {
        int i = from;
        while (i < to) {
            if (text.startsWith(token, i) && i + token.length() <= to) {
                return i;
            }
            int end = constructEnd(i, to);
            i = end > 0 ? end : i + 1;
        }
        return -1;
    }

    /**
     * The end of the logical line that starts at {@code offset}: the first newline outside a
     * template or footnote (which may span lines), or the text's end.
     */
    int logicalLineEnd(int offset) {
        int i = offset;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '{' || c == '<') {
                int end = constructEnd(i, text.length());
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return text.length();
    }

    /** A template name as Podium compares them: case, underscores and spacing ignored. */
    static String normalName(String name) {
        return name.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
