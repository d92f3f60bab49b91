package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/** What a column of a timing sheet, standings or itinerary holds, with the headers that name it. */
enum Meaning {
    CATEGORY("category", "category", "cat", "categorie", "catégorie"),
    CLASS("class", "class", "group", "classe"),
    STAGE("stage", "stage", "ss", "special", "étape", "etape"),
    POSITION("position", "pos", "position", "rank", "pl", "place", "rang"),
    NUMBER("race number", "no", "nr", "number", "num", "#", "bib", "race number", "dossard"),
    CREW("crew", "crew", "equipage", "équipage"),
    DRIVER("driver", "driver", "rider", "pilot", "pilote", "competitor", "name"),
    CO_DRIVER("co-driver", "co-driver", "codriver", "co-pilot", "navigator", "navigateur", "mechanic", "co-drivers"),
    NATIONALITY("nationality", "nationality", "nat", "nation", "country"),
    MAKE("make", "make", "brand", "marque", "manufacturer", "car", "bike", "truck", "vehicle", "véhicule"),
    ENTRANT("entrant", "entrant", "team", "équipe", "equipe"),
    TIME("time", "time", "stage time", "temps", "total", "total time"),
    GAP("gap", "gap", "diff", "difference", "behind", "écart", "ecart"),
    PENALTY("penalty", "penalty", "penalties", "pénalité", "penalite"),
    PENALTY_REASON("penalty reason", "penalty reason", "reason", "motif"),
    STATUS("status", "status", "state", "statut"),
    POINTS("points", "points", "pts"),
    DATE("date", "date"),
    FROM("from", "from", "start", "départ", "depart"),
    TO("to", "to", "finish", "arrivée", "arrivee"),
    ROUTE("route", "route", "course"),
    DISTANCE("distance", "length", "distance", "km", "total (km)", "total"),
    TYPE("type", "type", "terrain"),
    WINNER("winner", "winner", "stage winner");

    /** The meanings a timing sheet or standings table may have. */
    static final ImmutableList<Meaning> RESULT_TABLE = Lists.immutable.of(CATEGORY, CLASS, STAGE, POSITION, NUMBER,
            CREW, DRIVER, CO_DRIVER, NATIONALITY, MAKE, ENTRANT, TIME, GAP, PENALTY, PENALTY_REASON, STATUS, POINTS);
    /** The meanings an itinerary may have; {@code total} is a distance here, a time in the others. */
    static final ImmutableList<Meaning> ITINERARY_TABLE = Lists.immutable.of(STAGE, DATE, FROM, TO, ROUTE, DISTANCE,
            TYPE, WINNER);

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
