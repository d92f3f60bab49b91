package org.podium.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
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
@API(status = API.Status.STABLE, since = "0.1")
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
        ByteOrderMark mark = ByteOrderMark.of(head).orElse(new ByteOrderMark(StandardCharsets.UTF_8, 0));
        String text = new String(head, mark.length(), head.length - mark.length(), mark.charset());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
