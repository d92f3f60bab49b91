package org.podium.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.podium.model.SourcePosition;

/**
 * The input cannot be read as an event at all (not this format, no tables). Problems that leave
 * the rest readable are diagnostics instead.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    public ImportException(SourcePosition position, String message) {
        super(message);
        this.position = Objects.requireNonNull(position, "position");
    }

    public SourcePosition position() {
        return position;
    }

    /** {@code file:line:column: message}. */
    public String describe() {
        String where = position.describe();
        return where.isEmpty() ? getMessage() : where + ": " + getMessage();
    }
}
