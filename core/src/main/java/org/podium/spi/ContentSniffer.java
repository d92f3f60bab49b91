package org.podium.spi;

import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * What a file looks like from its first bytes, in words for a message when no importer reads it:
 * "HTML", "MediaWiki wikitext", "a table delimited by '#'", "UTF-16 text", "a zip archive". It
 * decides nothing; importers detect their own formats.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContentSniffer {

    private static final char[] DELIMITERS = {',', ';', '\t', '|', '#'};

    private ContentSniffer() {
    }

    /** A few words for what the bytes look like; never empty. */
    public static String describe(byte[] head) {
        if (head.length == 0) {
            return "an empty file";
        }
        if (ByteOrderMark.startsWith(head, 0x00, 0x00, 0xFE, 0xFF) || ByteOrderMark.startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32 text";
        }
        if (ByteOrderMark.startsWith(head, 0xFE, 0xFF) || ByteOrderMark.startsWith(head, 0xFF, 0xFE) || looksLikeUtf16WithoutMark(head)) {
            return "UTF-16 text (save it as UTF-8, or read it as it is with the csv importer)";
        }
        if (ByteOrderMark.startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return "a zip archive (an Excel workbook or another office document; save it as CSV)";
        }
        if (ByteOrderMark.startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        for (byte b : head) {
            if (b == 0) {
                return "binary data, not text";
            }
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return "HTML or XML";
        }
        if (start.startsWith("{") && !start.startsWith("{{") && !start.startsWith("{|")) {
            return "JSON";
        }
        if (text.contains("{|") || text.contains("{{") && text.contains("[[")) {
            return "MediaWiki wikitext";
        }
        Character delimiter = delimiter(text);
        if (delimiter != null) {
            return "a table delimited by '" + (delimiter == '\t' ? "\\t" : delimiter.toString()) + "'";
        }
        return "plain text";
    }

    /**
     * The character that appears the same number of times (at least once) on each of the first
     * lines, an unfinished last one aside (the head may cut it short), or null.
     */
    private static Character delimiter(String text) {
        String[] lines = text.split("\\R");
        boolean lastCut = lines.length > 1 && !text.endsWith("\n") && !text.endsWith("\r");
        int complete = lastCut ? lines.length - 1 : lines.length;
        for (char candidate : DELIMITERS) {
            int expected = -1;
            int seen = 0;
            boolean consistent = true;
            for (int i = 0; i < complete && seen < 20; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                int count = (int) lines[i].chars().filter(c -> c == candidate).count();
                if (expected < 0) {
                    expected = count;
                }
                consistent &= count == expected && count > 0;
                seen++;
            }
            if (consistent && seen >= 2) {
                return candidate;
            }
        }
        return null;
    }

    /** Every other byte zero in the first bytes: ASCII written as UTF-16 without its mark. */
    private static boolean looksLikeUtf16WithoutMark(byte[] head) {
        int pairs = Math.min(head.length / 2, 32);
        if (pairs < 4) {
            return false;
        }
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += head[i] == 0 ? 1 : 0;
            zeroOdd += head[i + 1] == 0 ? 1 : 0;
        }
        return zeroOdd == pairs && zeroEven == 0 || zeroEven == pairs && zeroOdd == 0;
    }
}
