package org.podium.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Time added to a crew by the officials.
 *
 * @param entryId    the crew penalised
 * @param stageLabel the stage, or null when the source does not say
 * @param time       the time added
 * @param reason     why, as the source says it; null when it does not
 * @param noteId     the note it was read from, or null
 */
public record Penalty(String entryId, String stageLabel, Duration time, String reason, String noteId) {
    public Penalty {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(time, "time");
        stageLabel = Text.cleanOrNull(stageLabel);
        reason = Text.cleanOrNull(reason);
    }
}
