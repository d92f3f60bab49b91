package org.podium.model;

/** The stage types Podium knows; the vocabulary is open, these are the words it writes itself. */
public final class StageTypes {
    public static final String SPECIAL = "special";
    public static final String LIAISON = "liaison";
    public static final String REST = "rest";
    public static final String PROLOGUE = "prologue";
    public static final String TIME_TRIAL = "time-trial";
    public static final String TEAM_TIME_TRIAL = "team-time-trial";
    /** One race of an event that is one or a few races (a Grand Prix's sprint and feature races). */
    public static final String RACE = "race";

    private StageTypes() {
    }
}
