package org.podium.launcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Slugs;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.OutputKind;

/**
 * Output names per {@code cli.md}: {@code <slug>-<category>-stage<label>-<lang>.<ext>}, each filter
 * part only when it was given, so two runs with different filters never overwrite each other.
 *
 * <p>Every part is lower-case ASCII. Cyrillic and Greek are transliterated, as are the Latin letters
 * that do not decompose ({@code ł}, {@code đ}, {@code þ}, {@code œ}…); letters of other scripts
 * (Chinese, Japanese, Arabic…) cannot be, so a part that lost some gets eight hex digits of a hash
 * of the name instead ({@code event-1a2b3c4d}), and two events never share {@code event}. A name
 * longer than {@link #MAX_BASE_BYTES} is cut and ends with a hash of the whole, so two long names
 * differing only at their end stay apart; with an extension and the work folder's suffix
 * ({@link Leftovers}) it stays under the file systems' 255 bytes.
 */
final class OutputNames {

    /** The longest name without extension: far under 255 bytes, so the work folder's suffix fits too. */
    static final int MAX_BASE_BYTES = 100;

    private static final int HASH_DIGITS = 8;

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
                    + " ł l đ d ð d þ th œ oe ı i ħ h ŋ ng ĸ k ſ s ŧ t ƒ f ẞ ss");

    private OutputNames() {
    }

    /**
     * The name without extension.
     *
     * @param language the language, or null when {@code --lang} was not given
     */
    static String base(String eventName, ImmutableList<String> categories, String stageLabel, String language) {
        StringBuilder name = new StringBuilder(slug(eventName));
        for (String category : categories) {
            name.append('-').append(slug(category));
        }
        if (stageLabel != null) {
            name.append("-stage").append(slug(stageLabel));
        }
        if (language != null) {
            name.append('-').append(language);
        }
        return fit(name.toString(), MAX_BASE_BYTES);
    }

    /** The file name an exporter's output gets: {@code base.ext}, or {@code base} for a folder. */
    static String of(String base, ExporterDescriptor format) {
        String extension = format.primaryExtension();
        if (format.outputKind() == OutputKind.FOLDER || extension.isEmpty()) {
            return base;
        }
        // A plugin's extension is short; were it not, the name would still fit.
        int room = Leftovers.MAX_NAME_BYTES - 1 - Leftovers.bytes(extension);
        return (room > 2 * HASH_DIGITS ? fit(base, room) : base) + "." + extension;
    }

    /**
     * Lower-case ASCII words joined by {@code -}: transliterated where a table can, with a hash of
     * the text where letters were lost.
     */
    static String slug(String text) {
        String latin = latin(text);
        String slug = Slugs.of(latin);
        return lostLetters(latin) ? slug + "-" + hash(text) : slug;
    }

    /** {@code name}, or when longer than {@code max} bytes, its start and a hash of the whole. */
    static String fit(String name, int max) {
        if (Leftovers.bytes(name) <= max) {
            return name;
        }
        String start = Leftovers.cut(name, max - 1 - HASH_DIGITS);
        while (start.endsWith("-")) {
            start = start.substring(0, start.length() - 1);
        }
        return start + "-" + hash(name);
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

    /** Whether the slug of this text would drop a letter or digit: one no table writes in ASCII. */
    private static boolean lostLetters(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        return decomposed.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
                && !(c < 0x80) && c != 'ø' && c != 'æ' && c != 'ß');
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Map<Integer, String> table(String pairs) {
        String[] words = pairs.trim().split(" +");
        Map<Integer, String> table = new java.util.HashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
            table.put(words[i].codePointAt(0), words[i + 1]);
        }
        return Map.copyOf(table);
    }
}
