package org.podium.importers.csv.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.podium.model.SourcePosition;
import org.podium.spi.ByteOrderMark;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Bytes to text. A byte-order mark says the encoding (UTF-8, UTF-16 or UTF-32, either byte order);
 * UTF-16 without a mark is recognised by its zero bytes (what Excel's "Unicode text" and some
 * timing software save); anything else is UTF-8 when it decodes as UTF-8, else Windows-1252 (what
 * spreadsheets on Windows save as "CSV"), said in a warning because that guess can be wrong.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** How many leading byte pairs decide whether a file without a mark is UTF-16. */
    private static final int PAIRS_SAMPLED = 256;

    private TextDecoder() {
    }

    /** An encoding recognised from the first bytes, and how many of them are its mark. */
    private record Encoding(Charset charset, int markLength, String name, boolean marked) {
    }

    /**
     * The text of a table file, or a clear refusal when its bytes claim an encoding they do not
     * follow (a UTF-16 file cut in the middle of a character).
     *
     * @throws ImportException when a UTF-16 or UTF-32 file cannot be decoded
     */
    public static String decodeTable(byte[] bytes, String fileName, Diagnostics diagnostics) throws ImportException {
        Encoding encoding = recognise(bytes);
        if (encoding == null || encoding.charset() == StandardCharsets.UTF_8) {
            String text = utf8OrWindows1252(bytes, fileName, diagnostics);
            if (text.indexOf('\u0000') >= 0) {
                throw new ImportException(SourcePosition.of(fileName, 0, 0), "this file holds zero bytes: it is not"
                        + " text, or it is UTF-16 or UTF-32 without a byte-order mark in a script Podium cannot"
                        + " recognise that way; save it as UTF-8 (or as UTF-16 with its mark) and try again");
            }
            return text;
        }
        try {
            String text = strict(encoding.charset(), bytes, encoding.markLength());
            if (!encoding.marked()) {
                diagnostics.report(Diagnostic.info(SourcePosition.of(fileName, 0, 0), "no byte-order mark, but every"
                        + " other byte is zero: read as " + encoding.name()));
            }
            return withoutBom(text);
        } catch (CharacterCodingException e) {
            throw new ImportException(SourcePosition.of(fileName, 0, 0), "this file "
                    + (encoding.marked() ? "starts with the byte-order mark of " + encoding.name()
                            : "looks like " + encoding.name() + " without a byte-order mark (every other byte is zero)")
                    + " but is not valid " + encoding.name() + (bytes.length % unit(encoding) != 0
                            ? " (its length, " + bytes.length + " bytes, is not a whole number of characters)" : "")
                    + "; save it again as UTF-8 (or as UTF-16 with its mark) and try again");
        }
    }

    /**
     * The text of a file Podium wrote or a person saved, never refused: a file that does not follow
     * the encoding its mark claims is read as Windows-1252 with a warning, like any non-UTF-8 file.
     */
    public static String decode(byte[] bytes, String fileName, Diagnostics diagnostics) {
        try {
            return decodeTable(bytes, fileName, diagnostics);
        } catch (ImportException broken) {
            diagnostics.report(Diagnostic.warning(SourcePosition.of(fileName, 0, 0), broken.getMessage()
                    + "; read as Windows-1252"));
            return withoutBom(new String(bytes, WINDOWS_1252));
        }
    }

    /**
     * The first bytes of a file as text for detection, never failing: a character the head cuts in
     * two, or bytes that are not text in the encoding recognised, become U+FFFD.
     */
    public static String decodeHead(byte[] head) {
        Encoding encoding = recognise(head);
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding.charset();
        int skip = encoding == null ? 0 : encoding.markLength();
        return withoutBom(new String(head, skip, head.length - skip, charset));
    }

    /** Whether the bytes are UTF-16 or UTF-32 (with a mark, or UTF-16 recognised without one). */
    public static boolean isWide(byte[] head) {
        Encoding encoding = recognise(head);
        return encoding != null && encoding.charset() != StandardCharsets.UTF_8;
    }

    /** A BOM would otherwise stay glued to the first header ({@code \uFEFFStage}). */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String utf8OrWindows1252(byte[] bytes, String fileName, Diagnostics diagnostics) {
        try {
            return withoutBom(strict(StandardCharsets.UTF_8, bytes, 0));
        } catch (CharacterCodingException e) {
            diagnostics.report(Diagnostic.warning(SourcePosition.of(fileName, 0, 0),
                    "this file is not UTF-8; read as Windows-1252 — if accented letters look wrong, save it as UTF-8"));
            return withoutBom(new String(bytes, WINDOWS_1252));
        }
    }

    private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
    }

    private static int unit(Encoding encoding) {
        return encoding.charset() == UTF_32BE || encoding.charset() == UTF_32LE ? 4 : 2;
    }

    /**
     * The encoding the first bytes show, or null for "UTF-8 or a legacy code page". UTF-32's marks
     * come first: UTF-32LE's begins with UTF-16LE's.
     */
    private static Encoding recognise(byte[] bytes) {
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        if (mark.isPresent()) {
            Charset charset = mark.get().charset();
            return new Encoding(charset, mark.get().length(), charset.name(), true);
        }
        return unmarkedUtf16(bytes);
    }

    /**
     * UTF-16 without a mark: in a table mostly written in Latin letters and digits, one byte of
     * nearly every pair is zero, always on the same side, and the other byte never is. UTF-8 and
     * Windows-1252 text has no zero bytes at all.
     */
    private static Encoding unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, PAIRS_SAMPLED);
        if (pairs < 4) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroFirst += bytes[i] == 0 ? 1 : 0;
            zeroSecond += bytes[i + 1] == 0 ? 1 : 0;
        }
        int most = pairs - pairs / 10;
        if (zeroSecond >= most && zeroFirst == 0) {
            return new Encoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE", false);
        }
        if (zeroFirst >= most && zeroSecond == 0) {
            return new Encoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE", false);
        }
        return null;
    }
}
