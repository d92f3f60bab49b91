package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.io.Writer;
import org.podium.spi.BlockWriter;

/**
 * The Markdown document's text, gathered in blocks ({@link BlockWriter}): a table row is made of a
 * few dozen small pieces. Not thread-safe; one per document.
 */
public final class TextOut extends BlockWriter {

    public TextOut(Writer out) {
        super(out);
    }

    public TextOut append(String text) throws IOException {
        write(text, 0, text.length());
        return this;
    }

    @Override
    public TextOut append(char c) throws IOException {
        write(c);
        return this;
    }

    /** {@code count} times the character; nothing for zero or less. */
    public TextOut repeat(char c, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            write(c);
        }
        return this;
    }
}
