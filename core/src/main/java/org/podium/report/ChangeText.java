package org.podium.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.podium.diff.Change;
import org.podium.diff.Change.Kind;
import org.podium.model.Category;
import org.podium.model.EventIndex;
import org.podium.model.ResultStatus;
import org.podium.model.StageStatus;

/**
 * A {@link Change} in words, in the labels' language: where it is ({@code stage 13}, {@code general
 * after stage 13}), whose it is ({@code 4 Isidre Esteve}) and what it is ({@code gap +0:04:12 →
 * +0:04:42}). {@code podium diff} prints these words in English, and an amendment lists them under
 * "Changes since bulletin N" in its own language; the values stay as the change holds them, but for
 * the gaps' {@code +}, statuses in words, and a dash where there is no value.
 */
public final class ChangeText {

    private final Labels labels;

    public ChangeText(Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * The whole change in one line: {@code bikes · stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42};
     * the category as {@code category} names it, or the itinerary's word for a change of the itinerary.
     */
    public String line(Change change, String category) {
        return joined(change, change.categoryId() != null ? category : labels.text("change.itinerary"));
    }

    /**
     * The change under its category's heading (see {@link #groupTitle}): {@code stage 13 · 4 Isidre
     * Esteve: gap +0:04:12 → +0:04:42}; {@code category removed (Trucks)}.
     */
    public String lineInGroup(Change change) {
        return joined(change, null);
    }

    /**
     * What a group of {@link Amendment#groups()} is headed: its category's name as the event calls
     * it (as the previous version did, for a category removed), or "Itinerary".
     */
    public String groupTitle(Amendment.Group group, EventIndex index) {
        if (group.categoryId() == null) {
            return labels.text("title.itinerary");
        }
        return index.category(group.categoryId()).map(Category::name).orElseGet(() -> group.changes()
                .detectOptional(c -> c.subject() == Change.Subject.CATEGORY).map(c -> c.before() != null ? c.before()
                        : c.after()).orElse(group.categoryId()));
    }

    private String joined(Change change, String first) {
        List<String> where = new ArrayList<>();
        if (first != null) {
            where.add(first);
        }
        String place = place(change);
        if (place != null) {
            where.add(place);
        }
        String crew = crew(change);
        if (crew != null) {
            where.add(crew);
        }
        return where.isEmpty() ? what(change) : labels.text("text.item", String.join(" · ", where), what(change));
    }

    /**
     * Where in the category the change is: {@code stage 13}, {@code general after stage 13},
     * {@code final standings}, {@code no stage}; null for a category or one of its crews.
     */
    public String place(Change change) {
        String stage = change.stageLabel();
        return switch (change.subject()) {
            case ROW -> switch (change.classification()) {
                case STAGE -> labels.text("change.place.stage", stage);
                case GENERAL -> labels.text("change.place.general", stage);
                case FINAL -> labels.text("change.place.final");
            };
            case CLASSIFICATION -> stage == null ? null : labels.text("change.place.stage", stage);
            case PENALTY, AWARDED_TIME -> stage == null ? labels.text("change.place.noStage")
                    : labels.text("change.place.stage", stage);
            case STAGE -> labels.text("change.place.stage", stage);
            case CATEGORY, ENTRY -> null;
        };
    }

    /** The crew: {@code 4 Isidre Esteve}, its names alone when it has no number; null when the change has none. */
    public String crew(Change change) {
        Change.Crew crew = change.crew();
        if (crew == null) {
            return null;
        }
        return crew.number() == null ? crew.names() : crew.number() + " " + crew.names();
    }

    /** What changed: {@code gap +0:04:12 → +0:04:42}, {@code penalty added (0:14:00, speeding)}. */
    public String what(Change change) {
        if (change.kind() == Kind.CHANGED) {
            return labels.text("change.changed", field(change), value(change, change.before()),
                    value(change, change.after()));
        }
        String value = change.kind() == Kind.ADDED ? change.after() : change.before();
        String what = labels.text("change." + change.kind().id() + "." + subjectKey(change));
        if (value == null) {
            return what;
        }
        String detail = change.subject() == Change.Subject.CLASSIFICATION
                ? labels.count("change.rows", Integer.parseInt(value)) : value;
        return labels.text("change.detail", what, detail);
    }

    private static String subjectKey(Change change) {
        return switch (change.subject()) {
            case CLASSIFICATION -> switch (change.classification()) {
                case STAGE -> "stageResult";
                case GENERAL -> "general";
                case FINAL -> "final";
            };
            case AWARDED_TIME -> "awardedTime";
            default -> change.subject().id();
        };
    }

    private String field(Change change) {
        return switch (change.subject()) {
            case AWARDED_TIME -> labels.text("change.field.awardedTime");
            case PENALTY -> labels.text("change.ofPenalty", labels.text("change.field." + change.field().id()));
            default -> labels.text("change.field." + change.field().id());
        };
    }

    private String value(Change change, String value) {
        if (value == null) {
            return Labels.UNKNOWN;
        }
        if (change.field().isGap()) {
            return "+" + value;
        }
        if (change.field() == Change.Field.STATUS) {
            return change.subject() == Change.Subject.STAGE
                    ? labels.text("change.stageStatus." + StageStatus.fromId(value).id())
                    : labels.result(ResultStatus.fromId(value)).toLowerCase(labels.locale());
        }
        return value;
    }
}
