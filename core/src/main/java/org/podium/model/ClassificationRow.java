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
 * @param details     class position and gap, laps, grid, points, why a crew stopped: {@link RowDetails#NONE}
 *                    when the source gives none
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
        SourcePosition source,
        RowDetails details) {

    public ClassificationRow {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(details, "details");
        make = Text.cleanOrNull(make);
        if (position != null && status != ResultStatus.CLASSIFIED) {
            throw new IllegalArgumentException("only a classified row has a position: " + entryId);
        }
    }

    /** A row without details: a position, a time and a gap are all the source gives. */
    public ClassificationRow(Integer position, String entryId, String make, Duration time, boolean timeDerived,
            Duration gap, Duration penalty, ResultStatus status, SourcePosition source) {
        this(position, entryId, make, time, timeDerived, gap, penalty, status, source, RowDetails.NONE);
    }

    /** The same row with these details. */
    public ClassificationRow withDetails(RowDetails value) {
        return new ClassificationRow(position, entryId, make, time, timeDerived, gap, penalty, status, source, value);
    }
}
