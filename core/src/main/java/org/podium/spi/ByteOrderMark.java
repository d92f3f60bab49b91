package org.podium.spi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The byte-order mark a file starts with, in one place for the host and every importer: Windows
 * tools save "Unicode" text as UTF-16 with one, and some UTF-8 files carry one too. UTF-32's
 * marks are tried first, since UTF-32LE's begins with UTF-16LE's.
 *
 * @param charset the encoding the mark says
 * @param length  how many bytes the mark takes, not part of the text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ByteOrderMark(Charset charset, int length) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** The mark the bytes start with, or empty. */
    public static Optional<ByteOrderMark> of(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(UTF_32BE, 4));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new ByteOrderMark(UTF_32LE, 4));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        return Optional.empty();
    }

    /** Whether the mark says a wide encoding (UTF-16 or UTF-32), not UTF-8. */
    public boolean wide() {
        return !charset.equals(StandardCharsets.UTF_8);
    }

    /** Whether the bytes start with these (unsigned) values: a file's magic number. */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
