package org.podium.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case ASCII identifiers made from names: {@code 2002 Arras–Madrid–Dakar Rally} →
 * {@code 2002-arras-madrid-dakar-rally}. Ids of categories and entries and the names of output
 * files are made here, so one name always gives one slug.
 *
 * <p>Cyrillic and Greek are transliterated, as are the Latin letters that do not decompose
 * ({@code ł}, {@code đ}, {@code þ}, {@code œ}…): {@code Мотоциклы} → {@code mototsikly}. Letters of
 * other scripts (Chinese, Japanese, Arabic…) cannot be, so a slug that lost some ends with eight
 * hex digits of a hash of the name ({@code 摩托车} → {@code event-1a2b3c4d}): two such names never
 * share one slug, which for categories would merge two races into one.
 */
public final class Slugs {

    /** The slug of a name with no letter or digit at all. */
    public static final String EMPTY = "event";
    /** Hex digits of the hash that keeps slugs apart where letters were lost or a name was cut. */
    public static final int HASH_DIGITS = 8;

    private static final Map<Integer, String> LATIN = table(
            // Cyrillic: Russian, then Ukrainian, Belarusian, Serbian and Macedonian, Kazakh.
            "а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh"
                    + " ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya"
                    + " є ye і i ї yi ґ g ў u ђ dj ј j љ lj њ nj ћ c џ dz ѓ gj ќ kj ѕ dz"
                    + " ә a ғ g қ q ң n ө o ұ u ү u һ h"
                    // Greek, accents already taken off.
                    + " α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t"
                    + " υ y φ f χ ch ψ ps ω o"
                    // Latin letters that Unicode does not decompose into a base letter and an accent.
                    + " ł l đ d ð d þ th œ oe ı i ħ h ŋ ng ĸ k ſ s ŧ t ƒ f ẞ ss ø o æ ae ß ss");

    private Slugs() {
    }

    /** The slug: ASCII words joined by {@code -}, transliterated, with a hash where letters were lost. */
    public static String of(String text) {
        String latin = latin(text);
        String slug = asciiWords(latin);
        return lostLetters(latin) ? slug + "-" + hash(text) : slug;
    }

    /** {@link #HASH_DIGITS} hex digits of the SHA-256 of the text in composed form. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The ASCII letters and digits of the text in lower case, each run of anything else one dash. */
    private static String asciiWords(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return slug.length() == 0 ? EMPTY : slug.toString();
    }

    /** The text in lower case with Cyrillic, Greek and undecomposable Latin letters written in Latin. */
    private static String latin(String text) {
        // Composed first, for the letters the table has whole (й, ё, ї); then decomposed, for accented Greek (ά).
        String composed = replace(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        return replace(Normalizer.normalize(composed, Normalizer.Form.NFD));
    }

    private static String replace(String text) {
        StringBuilder latin = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String replacement = LATIN.get(c);
            if (replacement == null) {
                latin.appendCodePoint(c);
            } else if (!replacement.equals("-")) {
                latin.append(replacement);
            }
        });
        return latin.toString();
    }

    /** Whether the slug of this text drops a letter or digit: one no table writes in ASCII. */
    private static boolean lostLetters(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        return decomposed.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && c >= 0x80);
    }

    private static Map<Integer, String> table(String pairs) {
        String[] words = pairs.trim().split(" +");
        Map<Integer, String> table = new HashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
            table.put(words[i].codePointAt(0), words[i + 1]);
        }
        return Map.copyOf(table);
    }
}
