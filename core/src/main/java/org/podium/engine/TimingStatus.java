package org.podium.engine;

/** What a timing sheet says of one crew on one stage. */
public enum TimingStatus {
    /** Finished the stage in the given time. */
    FINISHED,
    /** The time was awarded for a cancelled or neutralised stage; it counts like a finish. */
    AWARDED,
    /** The stage did not count for this crew: no time, no position, still in the race. */
    CANCELLED,
    /** Retired on this stage: out of the general classification from here on. */
    RETIRED,
    /** Disqualified on this stage: out from here on. */
    DISQUALIFIED,
    /** Did not start this stage: out from here on. */
    NOT_STARTED;

    /** Whether the crew leaves the general classification with this status. */
    public boolean leavesTheRace() {
        return this == RETIRED || this == DISQUALIFIED || this == NOT_STARTED;
    }
}
