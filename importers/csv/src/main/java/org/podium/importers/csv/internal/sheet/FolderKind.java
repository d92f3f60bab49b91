package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.csv.internal.SheetRow;

/**
 * The tables of a race folder, told apart by their headers: an entry list names crews and has no
 * result; a stage file has race numbers and times (elapsed, or start and finish) and no crew; the
 * stewards' penalties and statuses have race numbers, stages and a penalty or a status; an
 * itinerary is what a single itinerary file is. Anything else (standings, a whole timing sheet)
 * is not part of a race folder.
 */
enum FolderKind {
    ENTRY_LIST("the entry list (one row per crew)", Meaning.NUMBER, Meaning.CATEGORY, Meaning.CLASS, Meaning.CREW,
            Meaning.DRIVER, Meaning.CO_DRIVER, Meaning.NATIONALITY, Meaning.MAKE, Meaning.ENTRANT),
    ITINERARY("the itinerary (the stage list)"),
    STAGE_FILE("a stage file (one row per crew on one stage)", Meaning.NUMBER, Meaning.STAGE, Meaning.TIME,
            Meaning.CLOCK_START, Meaning.CLOCK_FINISH, Meaning.PENALTY, Meaning.PENALTY_REASON, Meaning.STATUS),
    PENALTIES("the stewards' penalties (one row per penalty)", Meaning.NUMBER, Meaning.STAGE, Meaning.PENALTY,
            Meaning.PENALTY_REASON),
    STATUSES("the stewards' statuses (one row per decision)", Meaning.NUMBER, Meaning.STAGE, Meaning.STATUS,
            Meaning.PENALTY_REASON);

    private final String description;
    /** The meanings this kind reads; its other columns are said not to be imported. */
    private final ImmutableList<Meaning> reads;

    FolderKind(String description, Meaning... reads) {
        this.description = description;
        this.reads = Lists.immutable.of(reads);
    }

    String description() {
        return description;
    }

    /** The kind a table is and how its columns are read, or null when it is not part of a race folder. */
    record Choice(FolderKind kind, Layout layout) {
    }

    static Choice choose(ImmutableList<String> headers, ImmutableList<SheetRow> rows) {
        Layout layout = Layout.of(headers, Meaning.RACE_FOLDER_TABLE);
        boolean timed = layout.has(Meaning.TIME) || layout.has(Meaning.CLOCK_START) || layout.has(Meaning.CLOCK_FINISH);
        if (!layout.has(Meaning.NUMBER)) {
            KindChooser.Choice single = KindChooser.choose(headers, rows);
            return single != null && single.kind() == SheetKind.ITINERARY ? new Choice(ITINERARY, single.layout())
                    : null;
        }
        if (layout.hasCrew()) {
            boolean results = timed || layout.has(Meaning.STAGE) || layout.has(Meaning.POSITION)
                    || layout.has(Meaning.GAP);
            return results ? null : ENTRY_LIST.read(layout);
        }
        if (timed) {
            return STAGE_FILE.read(layout);
        }
        if (layout.has(Meaning.STAGE) && layout.has(Meaning.PENALTY)) {
            return PENALTIES.read(layout);
        }
        return layout.has(Meaning.STAGE) && layout.has(Meaning.STATUS) ? STATUSES.read(layout) : null;
    }

    /**
     * What a table that is not part of a race folder is: a kind a single file may be (a timing
     * sheet, standings), else its columns.
     */
    static String notPart(ImmutableList<String> headers, ImmutableList<SheetRow> rows) {
        Layout layout = Layout.of(headers, Meaning.RACE_FOLDER_TABLE);
        KindChooser.Choice single = KindChooser.choose(headers, rows);
        String what = single != null ? single.kind().description()
                : "a table with the columns " + headers.collect(h -> "'" + h.strip() + "'").makeString(", ");
        if (single == null && layout.hasCrew() && layout.has(Meaning.NUMBER) && !layout.has(Meaning.STAGE)
                && (layout.has(Meaning.TIME) || layout.has(Meaning.CLOCK_START) || layout.has(Meaning.CLOCK_FINISH))) {
            what += " (a stage file has no crew column: its crews come from the entry list by race number)";
        }
        return what;
    }

    /** The layout with only the columns this kind reads. */
    private Choice read(Layout layout) {
        return new Choice(this, new Layout(layout.headers(),
                layout.meanings().collect(meaning -> reads.contains(meaning) ? meaning : null)));
    }
}
