package org.podium.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.podium.model.SourcePosition;

/**
 * A problem found while reading or writing, as data: the app prints them, tests assert them.
 *
 * @param severity how much it matters
 * @param message  one sentence a person understands, saying what was expected and what was found
 * @param position where, or {@link SourcePosition#UNKNOWN}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Diagnostic(Severity severity, String message, SourcePosition position) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, message, position);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, message, position);
    }

    public static Diagnostic info(SourcePosition position, String message) {
        return new Diagnostic(Severity.INFO, message, position);
    }

    /** {@code file:line:column: warning: message}, as compilers print it. */
    public String describe() {
        String where = position.describe();
        String level = severity.name().toLowerCase(java.util.Locale.ROOT);
        return (where.isEmpty() ? "" : where + ": ") + level + ": " + message;
    }
}
