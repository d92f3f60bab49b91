package org.podium.engine;

import java.time.Duration;
import java.util.Objects;
import org.podium.model.SourcePosition;

/**
 * One crew on one stage, as a timing sheet gives it: the input of the
 * {@link ClassificationEngine}. Penalties are not here: they are the event's
 * {@link org.podium.model.Penalty penalties}, so they live in one place.
 *
 * @param entryId    the crew
 * @param stageLabel the stage
 * @param time       the time taken (or awarded); null when there is none (a retirement without time)
 * @param status     finished, awarded, cancelled, retired, …
 * @param source     where the row was read
 */
public record StageTime(String entryId, String stageLabel, Duration time, TimingStatus status, SourcePosition source) {
    public StageTime {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(stageLabel, "stageLabel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (time != null && time.isNegative()) {
            throw new IllegalArgumentException("a stage time is never negative: " + entryId + " on " + stageLabel);
        }
        if ((status == TimingStatus.FINISHED || status == TimingStatus.AWARDED) && time == null) {
            throw new IllegalArgumentException(entryId + " " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " stage " + stageLabel + " without a time");
        }
    }
}
