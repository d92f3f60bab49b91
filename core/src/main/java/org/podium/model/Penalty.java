package org.podium.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Time added to a crew by the officials.
 *
 * @param entryId       the crew penalised
 * @param stageLabel    the stage, or null when neither the source nor the checks say which
 * @param time          the time added
 * @param reason        why, as the source says it; null when it does not
 * @param noteId        the note it was read from, or null
 * @param stageInferred true when the source does not state the stage and Podium's consistency
 *                      checks placed it there by arithmetic (see {@link #statedStage()})
 */
public record Penalty(String entryId, String stageLabel, Duration time, String reason, String noteId,
        boolean stageInferred) {

    public Penalty {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(time, "time");
        stageLabel = Text.cleanOrNull(stageLabel);
        reason = Text.cleanOrNull(reason);
        if (stageInferred && stageLabel == null) {
            throw new IllegalArgumentException("only a penalty placed on a stage has an inferred stage: " + entryId);
        }
    }

    /** A penalty as a source gives it: its stage, if any, is the source's own. */
    public Penalty(String entryId, String stageLabel, Duration time, String reason, String noteId) {
        this(entryId, stageLabel, time, reason, noteId, false);
    }

    /** The stage as the source states it; null when it does not, even when the checks placed it. */
    public String statedStage() {
        return stageInferred ? null : stageLabel;
    }

    /** The same penalty, placed on a stage by the checks. */
    public Penalty placedOn(String stage) {
        return new Penalty(entryId, stage, time, reason, noteId, true);
    }
}
