package org.podium.model;

/** What a classification ranks. */
public enum ClassificationKind {
    /** One stage's times. */
    STAGE("stage"),
    /** Cumulative times after a stage. */
    GENERAL("general"),
    /** The final standings, as published. */
    FINAL("final");

    private final String id;

    ClassificationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ClassificationKind fromId(String id) {
        for (ClassificationKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown classification '" + id + "' (stage, general, final)");
    }
}
