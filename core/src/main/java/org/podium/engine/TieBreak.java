package org.podium.engine;

/**
 * One rule that orders crews on equal time. Regulations differ, so the chain of rules is data
 * ({@link TieBreakChain}), never code in the engine.
 */
public enum TieBreak {
    /** The faster time on the latest stage run first (for a stage classification, that stage). */
    LATEST_STAGE_TIME,
    /** The lower race number first; crews without a number after those with one. */
    RACE_NUMBER,
    /** The crew that appears first in the source first. */
    SOURCE_ORDER
}
