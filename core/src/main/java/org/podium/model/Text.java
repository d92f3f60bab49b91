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
}
