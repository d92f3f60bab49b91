package org.podium.exporters.csv.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffer of characters in front of a {@link Writer}: core's CSV rule appends field by field,
 * two calls per field, and a {@code Writer} takes a lock on each; here they are array copies, and
 * the writer gets blocks of 32 K characters. Not thread-safe; {@link #flush} before closing the
 * writer.
 */
final class BufferedAppendable implements Appendable {

    private static final int SIZE = 1 << 15;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;

    BufferedAppendable(Writer out) {
        this.out = out;
    }

    @Override
    public Appendable append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        int length = string.length();
        if (length > SIZE - used) {
            flush();
            if (length > SIZE) {
                out.write(string);
                return this;
            }
        }
        string.getChars(0, length, buffer, used);
        used += length;
        return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) throws IOException {
        return append(String.valueOf(text).substring(start, end));
    }

    @Override
    public Appendable append(char c) throws IOException {
        if (used == SIZE) {
            flush();
        }
        buffer[used++] = c;
        return this;
    }

    /** Hands what is buffered to the writer; the writer itself is not flushed. */
    void flush() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
