package org.podium.importers.wiki;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.ByteBuffer;
import org.podium.importers.wiki.internal.ArticleReader;
import org.podium.importers.wiki.internal.Interpreter;
import org.podium.importers.wiki.internal.PipeTableReader;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.WikiFormat;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.ByteOrderMark;
import org.podium.spi.ContentSniffer;
import org.podium.spi.DetectionInput;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;
import org.podium.spi.RepeatedDiagnostics;

/**
 * Wiki tables, whatever form they come in: a Wikipedia race article in its plain-text rendering
 * ({@code = Title =}, infobox, {@code | a | b |} tables), MediaWiki wikitext as Wikipedia's edit
 * box gives it, HTML pages (a saved Wikipedia page, a results site), and a bare {@code | a | b |}
 * table. Each format has a reader that turns it into grids; one interpretation then reads the
 * race from them, whatever the format.
 */
public final class WikiImporter implements Importer {

    private static final ImporterDescriptor DESCRIPTOR = ImporterDescriptor
            .builder("wiki", "Wiki articles and HTML tables (plain text, wikitext, HTML)").mediaType("text/plain")
            .extensions("txt", "wikitext", "wiki", "html", "htm").build();

    @Override
    public ImporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MatchStrength detect(DetectionInput input) {
        if (input.directory()) {
            return MatchStrength.NO_MATCH;
        }
        return WikiFormat.of(input.headText()).map(format -> MatchStrength.FULL_MATCH).orElse(MatchStrength.NO_MATCH);
    }

    @Override
    public Event read(ImportRequest request) throws ImportException, IOException {
        String text = decode(Files.readAllBytes(request.input()), request.sourceName());
        WikiFormat format = WikiFormat.of(text).orElseThrow(() -> new ImportException(
                SourcePosition.of(request.sourceName(), 1, 1), "this is not a wiki article, wikitext, an HTML page"
                        + " or a | a | b | table: it looks like "
                        + ContentSniffer.describe(text.getBytes(StandardCharsets.UTF_8))));
        // A hostile page can give a warning per cell: a thousand of a kind are listed, the rest counted.
        RepeatedDiagnostics diagnostics = new RepeatedDiagnostics(request.diagnostics());
        try {
            WikiDocument document = switch (format) {
                case ARTICLE -> new ArticleReader(request.sourceName(), diagnostics).read(text);
                case WIKITEXT -> new WikitextReader(request.sourceName(), diagnostics).read(text);
                case HTML -> new HtmlReader(request.sourceName(), diagnostics).read(text);
                case PIPE_TABLE -> new PipeTableReader(request.sourceName(), diagnostics).read(text);
            };
            String fallbackName = request.eventName() != null ? request.eventName() : request.sourceName();
            return new Interpreter(diagnostics).interpret(document, fallbackName);
        } finally {
            diagnostics.finish();
        }
    }

    /**
     * The file's text: UTF-8, or UTF-16 or UTF-32 (either byte order) when a byte-order mark says
     * so, as Windows tools save "Unicode" text. The mark is not part of the text.
     */
    private static String decode(byte[] bytes, String sourceName) throws ImportException {
        ByteOrderMark bom = ByteOrderMark.of(bytes).orElse(new ByteOrderMark(StandardCharsets.UTF_8, 0));
        Charset charset = bom.charset();
        int mark = bom.length();
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, mark, bytes.length - mark))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(SourcePosition.of(sourceName, 0, 0), charset == StandardCharsets.UTF_8
                    ? "this file is not UTF-8 text; save it as UTF-8 and try again"
                    : "this file starts with the byte-order mark of " + charset.name() + " but is not valid "
                            + charset.name() + "; save it as UTF-8 and try again");
        }
    }
}
