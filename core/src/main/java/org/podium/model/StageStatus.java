package org.podium.model;

/** Whether a numbered stage counted for a category. */
public enum StageStatus {
    /** Timed and classified. */
    RUN("run"),
    /** Cancelled for this category (an awarded time may stand in for it). */
    CANCELLED("cancelled"),
    /** Driven as a liaison only: no timed special, no classification. */
    LIAISON("liaison");

    private final String id;

    StageStatus(String id) {
        this.id = id;
    }

    /** The word the data package writes. */
    public String id() {
        return id;
    }

    public static StageStatus fromId(String id) {
        for (StageStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown stage status '" + id + "' (run, cancelled, liaison)");
    }
}
