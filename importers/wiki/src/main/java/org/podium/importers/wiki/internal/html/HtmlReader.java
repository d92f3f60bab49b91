package org.podium.importers.wiki.internal.html;

import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/** Reads HTML into a {@link WikiDocument}. (Being written: issue 10.) */
public final class HtmlReader {

    private final String sourceName;

    public HtmlReader(String sourceName, Diagnostics diagnostics) {
        this.sourceName = sourceName;
    }

    public WikiDocument read(String text) throws ImportException {
        throw new ImportException(SourcePosition.of(sourceName, 0, 0), "HTML is not read yet");
    }
}
