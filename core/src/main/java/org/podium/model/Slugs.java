package org.podium.model;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case ASCII identifiers made from names: {@code 2002 Arras–Madrid–Dakar Rally} → {@code 2002-arras-madrid-dakar-rally}. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(lower);
                pendingDash = false;
            } else if (lower == 'ø') {
                appendWord(slug, pendingDash, "o");
                pendingDash = false;
            } else if (lower == 'æ') {
                appendWord(slug, pendingDash, "ae");
                pendingDash = false;
            } else if (lower == 'ß') {
                appendWord(slug, pendingDash, "ss");
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return slug.length() == 0 ? "event" : slug.toString().toLowerCase(Locale.ROOT);
    }

    private static void appendWord(StringBuilder slug, boolean pendingDash, String ascii) {
        if (pendingDash && slug.length() > 0) {
            slug.append('-');
        }
        slug.append(ascii);
    }
}
