package org.podium.spi;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * One call to an exporter.
 *
 * @param target      where to write: a file, or a folder for {@link OutputKind#FOLDER}; it does
 *                    not exist yet, and the caller later moves it into place
 * @param options     the shared options
 * @param pluginOptions the exporter's own options, by key without the format prefix
 * @param diagnostics where problems go
 */
public record ExportRequest(
        Path target,
        ExportOptions options,
        ImmutableMap<String, String> pluginOptions,
        Diagnostics diagnostics) {

    public ExportRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pluginOptions, "pluginOptions");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
