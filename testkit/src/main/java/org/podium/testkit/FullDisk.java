package org.podium.testkit;

import java.io.IOException;
import java.io.OutputStream;

/** A disk with room for so many bytes: past them, every write fails as a full disk does. */
final class FullDisk extends OutputStream {
    final long room;
    long written;

    FullDisk(long room) {
        this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (written + length > room) {
            written = room;
            throw new IOException("No space left on device");
        }
        written += length;
    }
}
