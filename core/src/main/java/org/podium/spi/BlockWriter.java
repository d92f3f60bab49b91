package org.podium.spi;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;

/**
 * A buffer of characters in front of a {@link Writer}, without a lock. Documents are written in
 * small pieces (a cell, a separator, one escaped character at a time in POI's sheet writer), and a
 * {@code Writer} such as {@code BufferedWriter} takes a lock and checks its state on every call:
 * here each piece is an array copy, and the writer below gets blocks of 32 K characters. Not
 * thread-safe: one document, one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class BlockWriter extends Writer {

    private static final int SIZE = 1 << 15;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;

    public BlockWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == SIZE) {
            flushBuffer();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > SIZE - used) {
            flushBuffer();
            if (length > SIZE) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > SIZE - used) {
            flushBuffer();
            if (length > SIZE) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public BlockWriter append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public BlockWriter append(char c) throws IOException {
        write(c);
        return this;
    }

    /** Hands what is buffered to the writer below; that writer is not flushed. */
    public void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
