package org.podium.model;

import java.text.Normalizer;

/** The one place where text from a source is made canonical. */
public final class Text {

    private Text() {
    }

    /**
     * NFC-normalised and trimmed, or null for null. Decomposed accents print badly and compare
     * unequal, so every name and label in the model goes through here.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Like {@link #clean(String)}, and null when nothing is left. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Whether a code point is a control character rather than text: a C0 or C1 control or DEL (tab
     * and line breaks included), an unpaired surrogate, or an invisible character that hides or
     * reorders what is shown (zero-width space, direction marks, embeddings, overrides and isolates,
     * word joiner, byte-order mark, line and paragraph separators). None of them prints as a letter,
     * some are commands to a terminal, and a name holding one reads as another. The one list every
     * part of Podium uses: the launcher removes them from imported text, messages show them escaped.
     */
    public static boolean isControl(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return true;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return true;
        }
        return codePoint == 0x200B || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x2028 && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x2064)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0xFEFF
                || (codePoint >= 0xFFF9 && codePoint <= 0xFFFB);
    }

    /**
     * Whether a control character separates words as a space does: tab, line feed, vertical tab,
     * form feed, carriage return, next line (NEL), line and paragraph separators.
     */
    public static boolean isBreakingSpace(int codePoint) {
        return (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint == 0x85 || codePoint == 0x2028
                || codePoint == 0x2029;
    }

    /**
     * The text as a message may quote it: each control character ({@link #isControl}) shown as an
     * escape ({@code \t}, {@code \n}, {@code \r}, else &#92;u and four hex digits: ESC is
     * &#92;u001B), and the whole cut after {@code limit} characters with {@code …} and how many were
     * left out. Reads no further than the excerpt needs, so a 200 MB line costs what its first
     * {@code limit} characters cost.
     */
    public static String excerpt(CharSequence text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an excerpt holds at least one character: " + limit);
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), limit) + 32);
        int i = 0;
        while (i < text.length()) {
            int codePoint = Character.codePointAt(text, i);
            String escaped = isControl(codePoint) ? escape(codePoint) : null;
            int width = escaped != null ? escaped.length() : Character.charCount(codePoint);
            if (shown.length() + width > limit) {
                break;
            }
            if (escaped != null) {
                shown.append(escaped);
            } else {
                shown.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        if (i < text.length()) {
            int left = text.length() - i;
            shown.append("… (").append(left).append(left == 1 ? " more character)" : " more characters)");
        }
        return shown.toString();
    }

    private static String escape(int codePoint) {
        return switch (codePoint) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format(java.util.Locale.ROOT, "\\u%04X", codePoint);
        };
    }

    /** A JSON string literal for the text, quotes included; the one escaping every JSON writer uses. */
    public static String jsonString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
