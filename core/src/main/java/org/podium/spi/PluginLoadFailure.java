package org.podium.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plugin that could not be loaded; the others still work.
 *
 * @param service the SPI it was registered for ({@code Importer} or {@code Exporter})
 * @param message what went wrong, from the class loader or the plugin, in one line for people
 * @param cause   what was thrown, for a host that shows stack traces on request; null when nothing
 *                was (an id already taken, a jar that is not a zip archive)
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record PluginLoadFailure(String service, String message, Throwable cause) {
    public PluginLoadFailure {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(message, "message");
    }

    /** A failure nothing was thrown for. */
    public PluginLoadFailure(String service, String message) {
        this(service, message, null);
    }
}
