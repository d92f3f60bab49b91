package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffer of characters in front of a {@link Writer}: a table row is made of a few dozen small
 * pieces, and a {@code Writer} takes a lock and checks its state on every call, so the pieces are
 * gathered here and handed over in large blocks. Not thread-safe; one per document.
 */
public final class TextOut {

    private static final int SIZE = 1 << 15;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;

    public TextOut(Writer out) {
        this.out = out;
    }

    public TextOut append(String text) throws IOException {
        int length = text.length();
        if (length > SIZE - used) {
            flushBuffer();
            if (length > SIZE) {
                out.write(text);
                return this;
            }
        }
        text.getChars(0, length, buffer, used);
        used += length;
        return this;
    }

    public TextOut append(char c) throws IOException {
        if (used == SIZE) {
            flushBuffer();
        }
        buffer[used++] = c;
        return this;
    }

    /** {@code count} times the character; nothing for zero or less. */
    public TextOut repeat(char c, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            append(c);
        }
        return this;
    }

    /** Hands what is buffered to the writer; the writer itself is not flushed. */
    public void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
