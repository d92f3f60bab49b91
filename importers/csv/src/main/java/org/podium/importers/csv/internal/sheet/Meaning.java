package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/** What a column of a timing sheet, standings or itinerary holds, with the headers that name it. */
enum Meaning {
    CATEGORY("category", "category", "cat", "categorie", "catégorie"),
    CLASS("class", "class", "group", "classe"),
    STAGE("stage", "stage", "ss", "special", "étape", "etape"),
    POSITION("position", "pos", "position", "rank", "pl", "place", "rang", "clt"),
    CLASS_POSITION("class position", "class position", "class pos", "pos class", "pos in class", "position in class",
            "pic", "cl pos"),
    NUMBER("race number", "no", "nr", "number", "num", "#", "bib", "race number", "dossard", "n°"),
    CREW("crew", "crew", "equipage", "équipage", "driver / co-driver", "driver/co-driver", "driver / codriver",
            "drivers", "riders", "pilot / co-pilot", "pilote / copilote", "pilote/copilote", "driver / navigator"),
    DRIVER("driver", "driver", "rider", "pilot", "pilote", "competitor", "name"),
    CO_DRIVER("co-driver", "co-driver", "codriver", "co-pilot", "navigator", "navigateur", "mechanic", "co-drivers",
            "copilote"),
    NATIONALITY("nationality", "nationality", "nat", "nation", "country"),
    MAKE("make", "make", "brand", "marque", "manufacturer", "car", "bike", "truck", "vehicle", "véhicule",
            "voiture"),
    ENTRANT("entrant", "entrant", "team", "équipe", "equipe"),
    TIME("time", "time", "stage time", "temps", "total", "total time", "time/retired"),
    GAP("gap", "gap", "diff", "difference", "behind", "écart", "ecart"),
    PENALTY("penalty", "penalty", "penalties", "pénalité", "penalite"),
    PENALTY_REASON("penalty reason", "penalty reason", "reason", "motif"),
    STATUS("status", "status", "state", "statut"),
    POINTS("points", "points", "pts"),
    LAPS("laps", "laps", "lap", "tours"),
    GRID("grid position", "grid", "grid position", "starting position", "start position", "grille"),
    DATE("date", "date"),
    FROM("from", "from", "start", "départ", "depart"),
    TO("to", "to", "finish", "arrivée", "arrivee"),
    ROUTE("route", "route", "course"),
    DISTANCE("distance", "length", "distance", "km", "total (km)", "total"),
    TYPE("type", "type", "terrain"),
    WINNER("winner", "winner", "stage winner", "winners"),
    /** A special stage's name ({@code Col des Pins 1}): a stage list has no crews, so a "Name" is the stage's. */
    STAGE_NAME("stage name", "name", "stage name", "nom"),
    /** When the stage starts, a time of day: never a result. */
    START_TIME("start time", "start time", "time of day", "first car", "first car due", "heure", "heure de départ"),
    /** The winner's time on the stage, beside the winner. */
    WINNER_TIME("winner's time", "winner's time", "winning time", "winner time", "time"),
    /** Who led the event after the stage. */
    LEADER("leader", "leader", "rally leader", "race leader", "overall leader", "leader after stage"),
    /** When a crew started a stage: a time of day or a date-time (a race folder's stage file). */
    CLOCK_START("start", "start", "start time", "started", "départ", "depart", "heure de départ"),
    /** When a crew finished a stage: a time of day or a date-time (a race folder's stage file). */
    CLOCK_FINISH("finish", "finish", "finish time", "finished", "arrival", "arrivée", "arrivee", "heure d'arrivée");

    /** The meanings a timing sheet or standings table may have. */
    static final ImmutableList<Meaning> RESULT_TABLE = Lists.immutable.of(CATEGORY, CLASS, STAGE, POSITION,
            CLASS_POSITION, NUMBER, CREW, DRIVER, CO_DRIVER, NATIONALITY, MAKE, ENTRANT, TIME, GAP, PENALTY,
            PENALTY_REASON, STATUS, POINTS, LAPS, GRID);
    /**
     * The meanings an itinerary may have; {@code total} is a distance here, a time in the others,
     * and {@code start} a place unless its cells are times of day.
     */
    static final ImmutableList<Meaning> ITINERARY_TABLE = Lists.immutable.of(STAGE, DATE, FROM, TO, ROUTE, DISTANCE,
            TYPE, WINNER, STAGE_NAME, START_TIME, WINNER_TIME, LEADER);
    /**
     * The meanings the files of a race folder may have: an entry list's, a stage file's, a penalty
     * or status list's; a position or a gap is known so that a table ranking crews is told apart.
     */
    static final ImmutableList<Meaning> RACE_FOLDER_TABLE = Lists.immutable.of(CATEGORY, CLASS, STAGE, POSITION,
            NUMBER, CREW, DRIVER, CO_DRIVER, NATIONALITY, MAKE, ENTRANT, TIME, GAP, PENALTY, PENALTY_REASON, STATUS,
            CLOCK_START, CLOCK_FINISH);
    /** What an itinerary gives about its stages beside their labels: it needs two of them. */
    static final ImmutableList<Meaning> ITINERARY_FACTS = Lists.immutable.of(DATE, ROUTE, DISTANCE, TYPE, WINNER,
            START_TIME, STAGE_NAME);

    private final String label;
    private final ImmutableList<String> aliases;

    Meaning(String label, String... aliases) {
        this.label = label;
        this.aliases = Lists.immutable.of(aliases);
    }

    String label() {
        return label;
    }

    ImmutableList<String> aliases() {
        return aliases;
    }

    /** {@code time (time, stage time, temps, total, total time)}, for messages that say how to fix a header. */
    String withAliases() {
        return label + " (" + aliases.makeString(", ") + ")";
    }
}
