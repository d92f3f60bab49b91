package org.podium.spi;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * One call to an importer.
 *
 * @param input       the file or folder to read; the importer opens and closes it
 * @param sourceName  the name positions and the event's source use (the file name as the user
 *                    knows it, which may differ from {@code input} for a bundled sample)
 * @param eventName   the event's name when the input does not say it, or null
 * @param options     the importer's own options, by key without the format prefix
 * @param diagnostics where problems go
 */
public record ImportRequest(
        Path input,
        String sourceName,
        String eventName,
        ImmutableMap<String, String> options,
        Diagnostics diagnostics) {

    public ImportRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** A request for a file, named by its own file name, with no options. */
    public static ImportRequest of(Path input, Diagnostics diagnostics) {
        return new ImportRequest(input, input.getFileName().toString(), null, Maps.immutable.empty(), diagnostics);
    }
}
