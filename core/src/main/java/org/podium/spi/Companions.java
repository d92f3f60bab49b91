package org.podium.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Files a file exporter writes beside its document, which the document links to by name: a
 * Markdown document's charts as SVG files. The host names them from the document's name (without
 * its extension), a hyphen and a suffix the exporter chooses ({@code dakar.md} and
 * {@code "bikes-positions.svg"} give {@code dakar-bikes-positions.svg}), writes them into its work
 * folder, and moves them into place with the document once {@code write} returns — or deletes
 * them with it when {@code write} fails.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Companions {

    /** What a suffix may be: lower-case letters, digits, '-' and '.', 1 to 64 of them, starting with a letter or digit. */
    Pattern SUFFIX = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    /**
     * The file name of the companion with this suffix, as the document links to it (a name in the
     * document's folder, no path).
     *
     * @throws IllegalArgumentException when the suffix is not a {@link #SUFFIX}
     */
    String name(String suffix);

    /**
     * Opens the companion with this suffix for writing; the exporter writes and closes it.
     *
     * @throws IllegalArgumentException when the suffix is not a {@link #SUFFIX}
     * @throws IOException              when it cannot be created, or was already created in this export
     */
    OutputStream create(String suffix) throws IOException;

    /**
     * What the names of a document's companions begin with: the document's name without its
     * extension, and a hyphen ({@code dakar.md} gives {@code dakar-}).
     */
    static String prefixFor(String documentName) {
        int dot = documentName.lastIndexOf('.');
        return (dot > 0 ? documentName.substring(0, dot) : documentName) + "-";
    }

    /** Checks a suffix, for implementations. */
    static String checkSuffix(String suffix) {
        if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("a companion's suffix is lower-case letters, digits, '-' and '.'"
                    + " (at most 64, starting with a letter or digit): " + suffix);
        }
        return suffix;
    }
}
