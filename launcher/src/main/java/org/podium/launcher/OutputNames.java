package org.podium.launcher;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Slugs;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.OutputKind;

/**
 * Output names per {@code cli.md}: {@code <slug>-<category>-stage<label>-<lang>.<ext>}, each filter
 * part only when it was given, so two runs with different filters never overwrite each other.
 *
 * <p>Every part is lower-case ASCII, made by {@link Slugs#of} (Cyrillic and Greek transliterated;
 * other scripts, which cannot be, with a hash: two events never share {@code event}). A name
 * longer than {@link #MAX_BASE_BYTES} is cut and ends with a hash of the whole, so two long names
 * differing only at their end stay apart; with an extension and the work folder's suffix
 * ({@link Leftovers}) it stays under the file systems' 255 bytes.
 */
final class OutputNames {

    /** The longest name without extension: far under 255 bytes, so the work folder's suffix fits too. */
    static final int MAX_BASE_BYTES = 100;

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
        return (room > 2 * Slugs.HASH_DIGITS ? fit(base, room) : base) + "." + extension;
    }

    /** Lower-case ASCII words joined by {@code -}: {@link Slugs#of}, one rule for ids and names. */
    static String slug(String text) {
        return Slugs.of(text);
    }

    /** {@code name}, or when longer than {@code max} bytes, its start and a hash of the whole. */
    static String fit(String name, int max) {
        if (Leftovers.bytes(name) <= max) {
            return name;
        }
        String start = Leftovers.cut(name, max - 1 - Slugs.HASH_DIGITS);
        while (start.endsWith("-")) {
            start = start.substring(0, start.length() - 1);
        }
        return start + "-" + Slugs.hash(name);
    }
}
