package org.podium.importers.wiki;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.ByteBuffer;
import org.podium.importers.wiki.internal.ArticleReader;
import org.podium.importers.wiki.internal.Interpreter;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.DetectionInput;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;

/**
 * Wiki tables: a Wikipedia race article in its plain-text rendering ({@code = Title =}, infobox,
 * {@code | a | b |} tables). Reads the itinerary, each category's stage results beside the general
 * classification, the final standings and the notes.
 */
public final class WikiImporter implements Importer {

    private static final ImporterDescriptor DESCRIPTOR = ImporterDescriptor
            .builder("wiki", "Wiki article (plain-text tables)").mediaType("text/plain").extensions("txt").build();

    @Override
    public ImporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MatchStrength detect(DetectionInput input) {
        if (input.directory()) {
            return MatchStrength.NO_MATCH;
        }
        if (ArticleReader.looksLikeArticle(input.headText())) {
            return MatchStrength.FULL_MATCH;
        }
        return MatchStrength.NO_MATCH;
    }

    @Override
    public Event read(ImportRequest request) throws ImportException, IOException {
        String text = decode(Files.readAllBytes(request.input()), request.sourceName());
        WikiDocument document = new ArticleReader(request.sourceName(), request.diagnostics()).read(text);
        String fallbackName = request.eventName() != null ? request.eventName() : request.sourceName();
        return new Interpreter(request.diagnostics()).interpret(document, fallbackName);
    }

    private static String decode(byte[] bytes, String sourceName) throws ImportException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(SourcePosition.of(sourceName, 0, 0),
                    "this file is not UTF-8 text; save it as UTF-8 and try again");
        }
    }
}
