package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The columns of a race's results table, found by their headers the way Grands Prix, cycling,
 * athletics and rally results write them: Pos/Rank, No., Rider/Driver/Athlete/Name, Country, Team
 * or Entrant, Manufacturer or Make, Laps, Time/Retired or Time/Gap, Gap, Grid, Points. A column
 * the table lacks is -1.
 */
record ResultColumns(int position, int number, int person, int coDrivers, int nation, int team, int make, int laps,
        int time, int gap, int grid, int points, int carClass) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}/#]+");

    /** The columns of a grid, by the last line of each header. */
    static ResultColumns of(Grid grid) {
        ImmutableList<String> names = grid.columns().collect(path -> path.isEmpty() ? "" : normal(path.getLast()));
        return new ResultColumns(
                first(names, "pos", "position", "rank", "place", "pl", "rk", "clt", "rang", "classement"),
                first(names, "no", "number", "#", "bib", "nr", "car no", "race number", "n", "dossard", "num"),
                first(names, "rider", "driver", "athlete", "name", "competitor", "cyclist", "runner", "crew",
                        "driver/rider", "pilot", "équipage", "equipage", "pilote", "coureur", "nom"),
                names.detectIndex(n -> n.startsWith("co-driver") || n.startsWith("co driver") || n.equals("navigator")),
                first(names, "country", "nation", "nationality", "nat", "team nation", "nationalité", "pays"),
                first(names, "entrant", "team", "teams", "équipe", "equipe", "concurrent"),
                first(names, "manufacturer", "make", "bike", "car", "truck", "vehicle", "machine", "motorcycle",
                        "constructor", "chassis", "marque", "voiture", "moto"),
                first(names, "laps", "lap"),
                first(names, "time/retired", "time/gap", "time", "result", "total time", "times", "finish time",
                        "time/behind", "race time", "total", "temps"),
                first(names, "gap", "behind", "diff", "difference", "interval", "écart", "ecart"),
                names.detectIndex(n -> n.equals("grid") || n.startsWith("grid/") || n.startsWith("grid ")),
                first(names, "points", "pts", "point"),
                first(names, "class", "cat", "category", "group", "groupe", "classe"));
    }

    /** Whether the table ranks persons or teams by time: a race result, not a standings by points. */
    boolean isRaceResult() {
        return (person >= 0 || team >= 0) && time >= 0;
    }

    /** {@code Pos.} → {@code pos}, {@code Time / Retired} → {@code time/retired}, {@code Co-driver} → {@code co-driver}. */
    private static String normal(String header) {
        return NOT_WORD.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()
                .replace(" / ", "/").replace("co driver", "co-driver");
    }

    private static int first(ImmutableList<String> names, String... wanted) {
        for (String name : wanted) {
            int index = names.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }
}
