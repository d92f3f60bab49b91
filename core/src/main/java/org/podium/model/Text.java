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
