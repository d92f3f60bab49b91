package org.podium.model;

/** A crew's standing in one classification. */
public enum ResultStatus {
    CLASSIFIED("classified"),
    RETIRED("retired"),
    DISQUALIFIED("disqualified"),
    NOT_STARTED("not-started"),
    NOT_CLASSIFIED("not-classified");

    private final String id;

    ResultStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ResultStatus fromId(String id) {
        for (ResultStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException(
                "unknown status '" + id + "' (classified, retired, disqualified, not-started, not-classified)");
    }
}
