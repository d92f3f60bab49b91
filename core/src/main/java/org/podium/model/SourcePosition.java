package org.podium.model;

import java.util.Objects;

/**
 * Where a value was read: file name, 1-based line and column (0 when unknown).
 *
 * <p>Positions say where a value came from, not what it is, so every two positions are equal:
 * an event read back from the data package (which carries no positions) equals the event it was
 * written from. Compare {@link #describe()} when the place itself matters.
 */
public record SourcePosition(String file, int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition("", 0, 0);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(file.isEmpty() ? "line " : ":").append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return describe();
    }
}
