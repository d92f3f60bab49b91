package org.podium.check;

import java.util.Locale;

/** How a finding stands. */
public enum FindingSeverity {
    /** The source's own numbers disagree, and nothing in it explains why. */
    CONTRADICTION,
    /** The numbers differ, and a note of the source (a penalty, an awarded time) accounts for it exactly. */
    EXPLAINED,
    /** Something could not be verified, because the source does not give enough (only a top three). */
    INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
