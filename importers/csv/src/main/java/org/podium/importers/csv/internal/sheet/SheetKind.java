package org.podium.importers.csv.internal.sheet;

/** The kinds of table people keep, told apart by their headers ({@code csv-inputs.md}). */
enum SheetKind {
    TIMING_SHEET("a timing sheet (one row per crew per stage)"),
    STANDINGS("standings (one classification)"),
    ITINERARY("an itinerary (the stage list)");

    private final String description;

    SheetKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
