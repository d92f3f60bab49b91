package org.podium.exporters.csv.internal;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.Stage;
import org.podium.model.StageCategory;

/** The rows of the files about the event itself: event, categories, stages, stage status, awarded times, notes. */
final class EventTables {

    /** Prefix of the infobox lines in event.csv, so they cannot clash with the fixed keys. */
    static final String INFOBOX_PREFIX = "infobox.";

    private final Event event;
    private final PackageOrder order;

    EventTables(Event event, PackageOrder order) {
        this.event = event;
        this.order = order;
    }

    /** Fixed keys first, then the infobox in source order; a missing value is an empty value field. */
    ImmutableList<Row> event() {
        MutableList<Row> rows = Lists.mutable.of(
                Row.of().text("name").text(event.name()),
                Row.of().text("edition").text(event.edition()),
                Row.of().text("start_date").date(event.startDate()),
                Row.of().text("finish_date").date(event.finishDate()),
                Row.of().text("description").text(event.description()),
                Row.of().text("source").text(fileNameOnly(event.source())));
        for (Property property : event.properties()) {
            rows.add(Row.of().text(INFOBOX_PREFIX + property.key()).text(property.value()));
        }
        return rows.toImmutable();
    }

    ImmutableList<Row> categories() {
        ImmutableList<Category> categories = order.categories();
        return categories.collectWithIndex((category, index) -> Row.of()
                .text(category.id())
                .text(category.name())
                .list(category.aliases())
                .integer(index + 1));
    }

    ImmutableList<Row> stages() {
        return order.stages().collect(stage -> Row.of()
                .integer(stage.ordinal())
                .text(stage.label())
                .date(stage.date())
                .text(placeName(stage.start()))
                .text(placeCountry(stage.start()))
                .text(placeName(stage.finish()))
                .text(placeCountry(stage.finish()))
                .distance(stage.distanceKm())
                .text(stage.type()));
    }

    /**
     * One row per numbered stage and category the stage names. The awarded time is repeated here
     * only when its stage is known; awarded_times.csv holds every one.
     */
    ImmutableList<Row> stageStatus() {
        MutableList<Row> rows = Lists.mutable.empty();
        for (Stage stage : order.stages().reject(Stage::isRestDay)) {
            for (StageCategory status : order.categoriesOf(stage)) {
                AwardedTime awarded = event.awardedTimes().detect(a -> a.categoryId().equals(status.categoryId())
                        && stage.label().equals(a.stageLabel()));
                rows.add(Row.of()
                        .text(stage.label())
                        .text(status.categoryId())
                        .text(status.status().id())
                        .text(status.reportedWinner())
                        .time(awarded == null ? null : awarded.time()));
            }
        }
        return rows.toImmutable();
    }

    /** In model order: the model keeps them as the source gave them. */
    ImmutableList<Row> awardedTimes() {
        return event.awardedTimes().collect(awarded -> Row.of()
                .text(awarded.categoryId())
                .text(awarded.stageLabel())
                .time(awarded.time())
                .text(awarded.noteId()));
    }

    /** In source order, which is the model's and that of the note ids. */
    ImmutableList<Row> notes() {
        return event.notes().collect(note -> Row.of()
                .text(note.id())
                .text(note.categoryId())
                .text(note.stageLabel())
                .text(note.table().id())
                .text(note.text()));
    }

    /** The package names its source by file name only, whichever separator the path used. */
    static String fileNameOnly(String source) {
        int lastSeparator = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(lastSeparator + 1);
    }

    private static String placeName(Place place) {
        return place == null ? null : place.name();
    }

    private static String placeCountry(Place place) {
        return place == null ? null : place.country();
    }
}
