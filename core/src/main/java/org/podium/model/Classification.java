package org.podium.model;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A ranked table: one stage's result, the general classification after a stage, or the final
 * standings.
 *
 * @param categoryId the category ranked
 * @param kind       stage, general or final
 * @param stageLabel the stage's label; null for the final standings
 * @param basis      reported by a source, or computed by Podium
 * @param complete   false when the source gives only its top rows
 * @param rows       in the source's row order (reported) or by position (computed)
 * @param source     where the table was read
 */
public record Classification(
        String categoryId,
        ClassificationKind kind,
        String stageLabel,
        Basis basis,
        boolean complete,
        ImmutableList<ClassificationRow> rows,
        SourcePosition source) {

    public Classification {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(source, "source");
        if ((kind == ClassificationKind.FINAL) != (stageLabel == null)) {
            throw new IllegalArgumentException("a stage or general classification names its stage; a final one does not");
        }
    }
}
