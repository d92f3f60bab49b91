package org.podium.importers.wiki.internal;

import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/** Reads a bare table in the article's {@code | a | b |} syntax into a {@link WikiDocument}. (Being written: issue 10.) */
public final class PipeTableReader {

    private final String sourceName;

    public PipeTableReader(String sourceName, Diagnostics diagnostics) {
        this.sourceName = sourceName;
    }

    public WikiDocument read(String text) throws ImportException {
        throw new ImportException(SourcePosition.of(sourceName, 0, 0), "a bare table is not read yet");
    }
}
