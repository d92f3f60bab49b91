package org.podium.importers.wiki.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a column is expected to hold, judged from its header; used to put the cells of a row whose
 * spans were lost back under the right headers.
 */
enum ColumnKind {
    STAGE_LABEL(EnumSet.of(CellKind.INTEGER, CellKind.EMPTY, CellKind.TEXT)),
    POSITION(EnumSet.of(CellKind.INTEGER)),
    WHOLE_NUMBER(EnumSet.of(CellKind.INTEGER, CellKind.EMPTY)),
    DATE(EnumSet.of(CellKind.DATE, CellKind.EMPTY)),
    PLACE(EnumSet.of(CellKind.CODED_NAME, CellKind.TEXT)),
    DISTANCE(EnumSet.of(CellKind.INTEGER, CellKind.DECIMAL, CellKind.EMPTY)),
    PERSONS(EnumSet.of(CellKind.CODED_NAME, CellKind.TEXT)),
    LABEL_TEXT(EnumSet.of(CellKind.TEXT, CellKind.CODED_NAME, CellKind.EMPTY)),
    CLOCK(EnumSet.of(CellKind.CLOCK, CellKind.EMPTY)),
    ANY(EnumSet.allOf(CellKind.class));

    private final Set<CellKind> accepted;

    ColumnKind(Set<CellKind> accepted) {
        this.accepted = accepted;
    }

    boolean accepts(CellKind kind) {
        return accepted.contains(kind);
    }

    static ColumnKind ofHeader(String header) {
        String name = header.toLowerCase(Locale.ROOT).replace(".", "").strip();
        if (name.equals("stage")) {
            return STAGE_LABEL;
        }
        if (name.equals("pos") || name.equals("position") || name.equals("rank")) {
            return POSITION;
        }
        if (name.equals("no") || name.equals("number") || name.equals("#") || name.equals("bib")) {
            return WHOLE_NUMBER;
        }
        if (name.equals("date")) {
            return DATE;
        }
        if (name.equals("from") || name.equals("to") || name.equals("start") || name.equals("finish")) {
            return PLACE;
        }
        if (name.contains("km") || name.equals("distance") || name.equals("length")) {
            return DISTANCE;
        }
        if (name.equals("competitor") || name.equals("rider") || name.equals("driver")
                || name.startsWith("co-driver") || name.equals("crew")) {
            return PERSONS;
        }
        if (name.equals("time") || name.equals("gap") || name.equals("total time")) {
            return CLOCK;
        }
        if (name.equals("make") || name.equals("bike") || name.equals("car") || name.equals("truck")
                || name.equals("entrant") || name.equals("team") || name.equals("vehicle")) {
            return LABEL_TEXT;
        }
        return ANY;
    }
}
