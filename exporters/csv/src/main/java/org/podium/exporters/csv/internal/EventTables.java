package org.podium.exporters.csv.internal;

import java.io.IOException;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.Stage;
import org.podium.model.StageCategory;

/**
 * The rows of the files about the event itself: event, categories, stages, stage status, awarded
 * times, notes. Rows follow the event's lists, which the report gives in canonical order.
 */
final class EventTables {

    /** Prefix of the infobox lines in event.csv, so they cannot clash with the fixed keys. */
    static final String INFOBOX_PREFIX = "infobox.";

    private final Event event;
    private final EventIndex index;

    EventTables(Event event, EventIndex index) {
        this.event = event;
        this.index = index;
    }

    /** Fixed keys first, then the infobox in source order; a missing value is an empty value field. */
    void event(CsvFileWriter out) throws IOException {
        out.write(out.row().text("name").text(event.name()));
        out.write(out.row().text("edition").text(event.edition()));
        out.write(out.row().text("start_date").date(event.startDate()));
        out.write(out.row().text("finish_date").date(event.finishDate()));
        out.write(out.row().text("description").text(event.description()));
        out.write(out.row().text("source").text(fileNameOnly(event.source())));
        for (Property property : event.properties()) {
            out.write(out.row().text(INFOBOX_PREFIX + property.key()).text(property.value()));
        }
    }

    /** In the event's order, which the {@code order} column states (1-based) so a reader need not trust row order. */
    void categories(CsvFileWriter out) throws IOException {
        int order = 0;
        for (Category category : event.categories()) {
            out.write(out.row()
                    .text(category.id())
                    .text(category.name())
                    .list(category.aliases())
                    .integer(++order));
        }
    }

    /** By ordinal, rest days included. */
    void stages(CsvFileWriter out) throws IOException {
        for (Stage stage : event.stages()) {
            out.write(out.row()
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
    }

    /**
     * One row per numbered stage and category the stage names, each stage's categories in category
     * order. The awarded time repeats the first one of awarded_times.csv for that category and
     * stage, whether the source states the stage or the checks placed it; awarded_times.csv holds
     * every one, including those on no stage.
     */
    void stageStatus(CsvFileWriter out) throws IOException {
        for (Stage stage : event.numberedStages()) {
            for (StageCategory status : stage.categories()) {
                ImmutableList<AwardedTime> awarded = index.awardedTimes(status.categoryId(), stage.label());
                out.write(out.row()
                        .text(stage.label())
                        .text(status.categoryId())
                        .text(status.status().id())
                        .text(status.reportedWinner())
                        .time(awarded.isEmpty() ? null : awarded.get(0).time()));
            }
        }
    }

    /** In the event's order, which is the source's. */
    void awardedTimes(CsvFileWriter out) throws IOException {
        for (AwardedTime awarded : event.awardedTimes()) {
            out.write(out.row()
                    .text(awarded.categoryId())
                    .text(awarded.stageLabel())
                    .flag(awarded.stageInferred())
                    .time(awarded.time())
                    .text(awarded.noteId()));
        }
    }

    /** In source order, which is the model's and that of the note ids. */
    void notes(CsvFileWriter out) throws IOException {
        for (Note note : event.notes()) {
            out.write(out.row()
                    .text(note.id())
                    .text(note.categoryId())
                    .text(note.stageLabel())
                    .text(note.table().id())
                    .text(note.text()));
        }
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
