package org.podium.importers.csv.internal.sheet;

import java.text.Normalizer;
import java.util.Locale;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.csv.internal.TextDecoder;

/** Header cells to meanings, by one kind's alias table. */
final class Headers {

    private Headers() {
    }

    /**
     * Case-insensitive, trimmed, a trailing {@code .} and a BOM ignored, inner spaces collapsed, a
     * typographic apostrophe as a plain one ({@code Winner’s time}), a dot inside as a space
     * ({@code Pos.class}).
     */
    static String normalise(String header) {
        String text = Normalizer.normalize(TextDecoder.withoutBom(header), Normalizer.Form.NFC).strip()
                .replace('\u2019', '\'').replace('\u00A0', ' ');
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.replaceAll("(?<=\\p{L})\\.(?=\\p{L})", ". ").replace(". ", " ").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** The meaning of each header under {@code table}, null where it has none; by position, so {@code Nat, Nat} stay two. */
    static ImmutableList<Meaning> meanings(ImmutableList<String> headers, ImmutableList<Meaning> table) {
        return headers.collect(header -> {
            String wanted = normalise(header);
            return table.detect(meaning -> meaning.aliases().contains(wanted));
        });
    }
}
