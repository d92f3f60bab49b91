package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The columns of a race's results table, found by their headers the way Grands Prix, cycling,
 * athletics and rally results write them: Pos/Rank, No., Rider/Driver/Athlete/Name, Country, Team
 * or Entrant, Manufacturer or Make, Laps, Time/Retired or Time/Gap, Gap, Grid, Points, Class, Penalty. A column
 * the table lacks is -1.
 */
record ResultColumns(int position, int number, int person, int coDrivers, int nation, int team, int make, int laps,
        int time, int gap, int interval, int grid, int points, int carClass, int classPosition, int penalty) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}/#]+");
    /** "Driver / Co-driver", "Riders", "Pilot/Co-pilot": one column for the whole crew. */
    private static final Pattern CREW_HEADER = Pattern.compile("(drivers?|riders?|pilots?)(/.*)?");
    /**
     * The gap to the crew ahead ("Interval", "Diff. prev."), which Formula One and rally sites print
     * beside or instead of the gap to the leader: read as a gap, it would make every crew faster.
     */
    private static final Pattern INTERVAL_HEADER = Pattern.compile("int|interval|.*\\b(prev|previous|ahead)\\b.*");
    private static final Pattern GAP_HEADER = Pattern.compile("(gap|diff|difference|behind|écart|ecart)\\b.*");

    /** Headers grouped under a position header: "Position" over "Event" and "Class", as rally articles write it. */
    private static final java.util.Set<String> POSITION_GROUP = java.util.Set.of("pos", "position", "positions",
            "place", "rank", "classement");
    private static final java.util.Set<String> OVERALL = java.util.Set.of("event", "overall", "ovr", "abs", "scratch",
            "general", "gen", "total");
    private static final java.util.Set<String> IN_CLASS = java.util.Set.of("class", "cl", "cls", "in class", "cat",
            "category", "classe", "group");

    /** The columns of a grid, by the last line of each header (and the group above a position's). */
    static ResultColumns of(Grid grid) {
        ImmutableList<String> names = grid.columns().collect(ResultColumns::name);
        return new ResultColumns(
                first(names, "pos", "position", "rank", "place", "pl", "rk", "rnk", "clt", "rang", "classement"),
                first(names, "no", "number", "#", "bib", "nr", "car no", "race number", "n", "dossard", "num"),
                firstOr(first(names, "rider", "driver", "athlete", "name", "competitor", "cyclist", "runner", "crew",
                        "driver/rider", "pilot", "équipage", "equipage", "pilote", "coureur", "nom"),
                        names.detectIndex(n -> CREW_HEADER.matcher(n).matches())),
                names.detectIndex(n -> n.startsWith("co-driver") || n.startsWith("co driver") || n.equals("navigator")),
                first(names, "country", "nation", "nationality", "nat", "team nation", "nationalité", "pays"),
                first(names, "entrant", "team", "teams", "équipe", "equipe", "concurrent"),
                first(names, "manufacturer", "make", "bike", "car", "truck", "vehicle", "machine", "motorcycle",
                        "constructor", "chassis", "marque", "voiture", "moto"),
                first(names, "laps", "lap"),
                first(names, "time/retired", "time/gap", "time", "result", "total time", "times", "finish time",
                        "time/behind", "race time", "total", "temps"),
                names.detectIndex(n -> GAP_HEADER.matcher(n).matches() && !INTERVAL_HEADER.matcher(n).matches()),
                names.detectIndex(n -> INTERVAL_HEADER.matcher(n).matches()),
                names.detectIndex(n -> n.equals("grid") || n.startsWith("grid/") || n.startsWith("grid ")),
                first(names, "points", "pts", "pnt", "point"),
                first(names, "class", "cat", "category", "group", "groupe", "classe"),
                first(names, "class position", "class pos", "pos class", "pos in class", "position in class", "pic",
                        "cl pos", "pos cl", "rank in class"),
                first(names, "penalty", "penalties", "pen", "penalty time", "pénalité", "pénalités", "penalite",
                        "penalites", "time penalty"));
    }

    /**
     * A column's name: the last line of its header, except under a position group, where "Event"
     * is the overall position and "Class" the class position, never the vehicle's class.
     */
    private static String name(ImmutableList<String> path) {
        if (path.isEmpty()) {
            return "";
        }
        String last = normal(path.getLast());
        if (path.size() > 1 && POSITION_GROUP.contains(normal(path.get(path.size() - 2)))) {
            if (OVERALL.contains(last)) {
                return "position";
            }
            if (IN_CLASS.contains(last)) {
                return "class position";
            }
        }
        return last;
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

    private static int firstOr(int found, int otherwise) {
        return found >= 0 ? found : otherwise;
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
