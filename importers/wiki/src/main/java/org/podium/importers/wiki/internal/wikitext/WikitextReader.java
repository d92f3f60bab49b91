package org.podium.importers.wiki.internal.wikitext;

import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/** Reads MediaWiki wikitext into a {@link WikiDocument}. (Being written: issue 10.) */
public final class WikitextReader {

    private final String sourceName;

    public WikitextReader(String sourceName, Diagnostics diagnostics) {
        this.sourceName = sourceName;
    }

    public WikiDocument read(String text) throws ImportException {
        throw new ImportException(SourcePosition.of(sourceName, 0, 0), "MediaWiki wikitext is not read yet");
    }
}
