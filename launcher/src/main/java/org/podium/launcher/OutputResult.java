package org.podium.launcher;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.spi.Diagnostic;
import org.podium.spi.Severity;

/**
 * What became of one output.
 *
 * @param exporterId  the exporter
 * @param target      where it was (or would have been) written
 * @param failure     one line saying why it was not written, or null when it was
 * @param diagnostics what the exporter reported
 */
public record OutputResult(String exporterId, Path target, String failure, ImmutableList<Diagnostic> diagnostics) {

    public OutputResult {
        Objects.requireNonNull(exporterId, "exporterId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    public boolean written() {
        return failure == null;
    }

    int count(Severity severity) {
        return diagnostics.count(d -> d.severity() == severity);
    }
}
