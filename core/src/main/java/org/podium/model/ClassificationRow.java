package org.podium.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of a classification.
 *
 * @param position    the printed position, shared by tied rows; null when not classified
 * @param entryId     the entry this line is about
 * @param make        the vehicle as this row writes it (a crew's vehicle can be written two ways), or null
 * @param time        stage time, general time after the stage, or final total; null when unknown
 * @param timeDerived true when Podium derived the time exactly (a final total = winner's time + gap)
 * @param gap         gap to the leader as reported or computed; null for the leader or when unknown
 * @param penalty     penalty time included in {@code time}, or null
 * @param status      classified, retired, …
 * @param source      where the row was read
 */
public record ClassificationRow(
        Integer position,
        String entryId,
        String make,
        Duration time,
        boolean timeDerived,
        Duration gap,
        Duration penalty,
        ResultStatus status,
        SourcePosition source) {

    public ClassificationRow {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        make = Text.cleanOrNull(make);
        if (position != null && status != ResultStatus.CLASSIFIED) {
            throw new IllegalArgumentException("only a classified row has a position: " + entryId);
        }
    }
}
