package org.podium.importers.csv.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Bytes to text: UTF-8 with or without a BOM, else Windows-1252 (what spreadsheets on Windows
 * save as "CSV"), said in a warning because the guess can be wrong for other code pages.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String fileName, Diagnostics diagnostics) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return withoutBom(text);
        } catch (CharacterCodingException e) {
            diagnostics.report(Diagnostic.warning(SourcePosition.of(fileName, 0, 0),
                    "this file is not UTF-8; read as Windows-1252 — if accented letters look wrong, save it as UTF-8"));
            return withoutBom(new String(bytes, WINDOWS_1252));
        }
    }

    /** A BOM would otherwise stay glued to the first header ({@code \uFEFFStage}). */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
