package org.podium.model;

/** The part of the source a note stands beside. */
public enum NoteTable {
    EVENT("event"),
    ITINERARY("itinerary"),
    STAGE_RESULTS("stage-results"),
    FINAL_STANDINGS("final-standings");

    private final String id;

    NoteTable(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static NoteTable fromId(String id) {
        for (NoteTable table : values()) {
            if (table.id.equals(id)) {
                return table;
            }
        }
        throw new IllegalArgumentException(
                "unknown note table '" + id + "' (event, itinerary, stage-results, final-standings)");
    }
}
