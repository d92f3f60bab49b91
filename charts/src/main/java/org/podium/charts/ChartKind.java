package org.podium.charts;

import java.util.Locale;

/** The charts a category can have, in the order a document shows them. */
public enum ChartKind {
    /** The followed crews' places in the general classification after each stage: a bump chart. */
    POSITIONS,
    /** Their gaps to the leader after each stage. */
    GAPS,
    /** The stage wins of each make, as bars. */
    WINS;

    /** The kind in lower case ({@code positions}), as a file name or an anchor names it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
