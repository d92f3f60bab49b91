package org.podium.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A time given to every crew of a category for a cancelled or neutralised stage.
 *
 * @param categoryId    the category
 * @param stageLabel    the stage, or null when neither the source nor the checks say which
 * @param time          the awarded time
 * @param noteId        the note it was read from, or null
 * @param stageInferred true when the source does not state the stage and Podium's consistency
 *                      checks placed it there by arithmetic (see {@link #statedStage()})
 */
public record AwardedTime(String categoryId, String stageLabel, Duration time, String noteId, boolean stageInferred) {

    public AwardedTime {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(time, "time");
        stageLabel = Text.cleanOrNull(stageLabel);
        if (stageInferred && stageLabel == null) {
            throw new IllegalArgumentException("only an awarded time placed on a stage has an inferred stage: "
                    + categoryId);
        }
    }

    /** An awarded time as a source gives it: its stage, if any, is the source's own. */
    public AwardedTime(String categoryId, String stageLabel, Duration time, String noteId) {
        this(categoryId, stageLabel, time, noteId, false);
    }

    /** The stage as the source states it; null when it does not, even when the checks placed it. */
    public String statedStage() {
        return stageInferred ? null : stageLabel;
    }

    /** The same awarded time, placed on a stage by the checks. */
    public AwardedTime placedOn(String stage) {
        return new AwardedTime(categoryId, stage, time, noteId, true);
    }
}
