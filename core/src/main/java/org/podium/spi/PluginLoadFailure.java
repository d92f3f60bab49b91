package org.podium.spi;

import java.util.Objects;

/**
 * A plugin that could not be loaded; the others still work.
 *
 * @param service the SPI it was registered for ({@code Importer} or {@code Exporter})
 * @param message what went wrong, from the class loader or the plugin
 */
public record PluginLoadFailure(String service, String message) {
    public PluginLoadFailure {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(message, "message");
    }
}
