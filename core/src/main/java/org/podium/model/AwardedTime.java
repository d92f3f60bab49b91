package org.podium.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A time given to every crew of a category for a cancelled or neutralised stage.
 *
 * @param categoryId the category
 * @param stageLabel the stage, or null when the source does not say which
 * @param time       the awarded time
 * @param noteId     the note it was read from, or null
 */
public record AwardedTime(String categoryId, String stageLabel, Duration time, String noteId) {
    public AwardedTime {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(time, "time");
        stageLabel = Text.cleanOrNull(stageLabel);
    }
}
