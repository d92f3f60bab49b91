package org.podium.diff;

import java.util.Objects;
import org.podium.model.ClassificationKind;

/**
 * One difference between two versions of an event: something added, removed, or one field of it
 * changed. Values are text as the data package writes them (times {@code 0:04:12}, gaps without
 * their {@code +}, statuses {@code retired}, positions and numbers as digits), so a tool reads
 * them as it reads the package; renderings for people add the rest.
 *
 * @param subject        what the change is about
 * @param kind           added, removed, or changed
 * @param field          what changed, for {@link Kind#CHANGED}; null when the whole thing was added or removed
 * @param categoryId     the category; null for a stage of the itinerary
 * @param classification the classification a row or table belongs to; null for other subjects
 * @param stageLabel     the stage of a classification (null for the final standings), of a
 *                       penalty or awarded time (null when it is at no stage), or of the itinerary
 * @param crew           the crew of an entry, row or penalty; null for other subjects
 * @param before         the value before; null when it was added or had no value
 * @param after          the value after; null when it was removed or has no value
 */
public record Change(
        Subject subject,
        Kind kind,
        Field field,
        String categoryId,
        ClassificationKind classification,
        String stageLabel,
        Crew crew,
        String before,
        String after) {

    public Change {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CHANGED) != (field != null)) {
            throw new IllegalArgumentException("a change names its field; an addition or removal does not");
        }
        if (kind == Kind.ADDED && before != null || kind == Kind.REMOVED && after != null) {
            throw new IllegalArgumentException("what was added has no value before, what was removed none after");
        }
    }

    /** What a change is about: a part of the event, named as the data package's files name it. */
    public enum Subject {
        /** A stage of the itinerary; or, with a category, what it was for that category (its status). */
        STAGE("stage"),
        CATEGORY("category"),
        /** A crew of a category: added, removed, its number or its names changed. */
        ENTRY("entry"),
        /** A whole classification: a stage result, a general classification, final standings. */
        CLASSIFICATION("classification"),
        /** One crew's line of a classification. */
        ROW("row"),
        PENALTY("penalty"),
        AWARDED_TIME("awarded_time");

        private final String id;

        Subject(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Added, removed, or one field changed. */
    public enum Kind {
        ADDED("added"),
        REMOVED("removed"),
        CHANGED("changed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A field that changed, named as the data package's column is. */
    public enum Field {
        /** A row's position. */
        POSITION("position"),
        /** A row's status ({@code classified}, {@code retired}…), or a stage's for a category ({@code run}, {@code cancelled}). */
        STATUS("status"),
        /** A row's time, a penalty's, an awarded time. */
        TIME("time"),
        GAP("gap"),
        /** The penalty a row's time includes. */
        PENALTY("penalty"),
        CLASS_POSITION("class_position"),
        CLASS_GAP("class_gap"),
        LAPS("laps"),
        LAPS_BEHIND("laps_behind"),
        GRID("grid"),
        POINTS("points"),
        STATUS_REASON("status_reason"),
        /** An entry's race number. */
        NUMBER("number"),
        /** An entry's names, joined by {@code " / "}. */
        CREW("crew"),
        /** A penalty's reason. */
        REASON("reason");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Whether the field holds a gap, which people read with its {@code +}. */
        public boolean isGap() {
            return this == GAP || this == CLASS_GAP;
        }
    }

    /**
     * A crew as a change names it: as the newer version has it, else as the older one had it.
     *
     * @param entryId its entry id
     * @param number  its race number, or null
     * @param names   its names joined by {@code " / "}, driver first (the entry id when no entry lists it)
     */
    public record Crew(String entryId, Integer number, String names) {
        public Crew {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(names, "names");
        }
    }
}
