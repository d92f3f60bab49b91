package org.podium.report;

import java.util.Locale;

/** The status printed on a document. */
public enum BulletinStatus {
    UNOFFICIAL,
    PROVISIONAL,
    OFFICIAL,
    FINAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BulletinStatus fromId(String id) {
        for (BulletinStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + id + "' (unofficial, provisional, official, final)");
    }
}
