package org.podium.spi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What detection may look at, read once by the caller: the input's name, its first bytes (a file)
 * or its listing (a folder). Cheap by design: detection never opens the input itself.
 *
 * @param fileName  the file or folder name, without its parent
 * @param directory whether the input is a folder
 * @param head      the file's first bytes (up to a few KiB); empty for a folder
 * @param listing   the names in the folder; empty for a file
 */
public record DetectionInput(String fileName, boolean directory, byte[] head, ImmutableList<String> listing) {

    public DetectionInput {
        Objects.requireNonNull(fileName, "fileName");
        head = head.clone();
        Objects.requireNonNull(listing, "listing");
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    /**
     * The first bytes as text, without a leading byte-order mark: UTF-16 or UTF-32 (either byte
     * order) when such a mark says so, else UTF-8. Bytes that are not text in that encoding (a
     * character the head cuts in two) become U+FFFD.
     */
    public String headText() {
        Charset charset = StandardCharsets.UTF_8;
        int mark = 0;
        if (startsWith(0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            mark = 4;
        } else if (startsWith(0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            mark = 4;
        } else if (startsWith(0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else if (startsWith(0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        }
        String text = new String(head, mark, head.length - mark, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private boolean startsWith(int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case extension without the dot, or empty. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetectionInput that
                && fileName.equals(that.fileName)
                && directory == that.directory
                && Arrays.equals(head, that.head)
                && listing.equals(that.listing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, directory, Arrays.hashCode(head), listing);
    }

    @Override
    public String toString() {
        return "DetectionInput[" + fileName + (directory ? "/" : "") + "]";
    }
}
