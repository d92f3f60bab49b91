package org.podium.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The lookups documents make on one event, indexed once, so that no exporter scans a list per
 * row: entries by id, stages by label, classifications by category, kind and stage, penalties by
 * crew and by category and stage, awarded times and notes by category and stage. Lists keep the
 * event's order. Immutable once built; build one per event.
 *
 * <p>"No stage" in the lookups below ({@code stageLabel == null}) means what names no numbered
 * stage of the itinerary: no stage at all, or a label the itinerary does not list. Documents show
 * those with the category as a whole, rather than drop them.
 */
public final class EventIndex {

    private static final String NO_STAGE = "\u0000no stage";

    private final Event event;
    private final EventOrder order;
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, MutableList<Entry>> entriesByCategory = new HashMap<>();
    private final Map<String, Stage> stages = new HashMap<>();
    private final Map<ClassificationKey, Classification> classifications = new HashMap<>();
    private final Map<StageKey, MutableList<Penalty>> penaltiesByStage = new HashMap<>();
    private final Map<String, MutableList<Penalty>> penaltiesByEntry = new HashMap<>();
    private final Map<StageKey, MutableList<AwardedTime>> awardedByStage = new HashMap<>();
    private final Map<NoteKey, MutableList<Note>> notesByStage = new HashMap<>();
    private final Map<String, Note> notes = new HashMap<>();
    private final Map<String, String> noteStages = new HashMap<>();

    private record ClassificationKey(String categoryId, ClassificationKind kind, String stageLabel) {
    }

    private record StageKey(String categoryId, String stage) {
    }

    private record NoteKey(NoteTable table, String stage) {
    }

    private EventIndex(Event event) {
        this.event = event;
        this.order = EventOrder.of(event);
        event.categories().forEach(c -> categories.putIfAbsent(c.id(), c));
        event.stages().select(s -> s.label() != null).forEach(s -> stages.putIfAbsent(s.label(), s));
        for (Entry entry : order.entries()) {
            entries.putIfAbsent(entry.id(), entry);
            entriesByCategory.computeIfAbsent(entry.categoryId(), c -> Lists.mutable.empty()).add(entry);
        }
        event.classifications().forEach(c ->
                classifications.putIfAbsent(new ClassificationKey(c.categoryId(), c.kind(), c.stageLabel()), c));
        for (Penalty penalty : order.penalties()) {
            penaltiesByStage.computeIfAbsent(new StageKey(categoryOf(penalty.entryId()), stageKey(penalty.stageLabel())),
                    k -> Lists.mutable.empty()).add(penalty);
            penaltiesByEntry.computeIfAbsent(penalty.entryId(), k -> Lists.mutable.empty()).add(penalty);
        }
        for (AwardedTime awarded : event.awardedTimes()) {
            awardedByStage.computeIfAbsent(new StageKey(awarded.categoryId(), stageKey(awarded.stageLabel())),
                    k -> Lists.mutable.empty()).add(awarded);
        }
        event.penalties().forEach(p -> noteAbout(p.noteId(), p.stageLabel()));
        event.awardedTimes().forEach(a -> noteAbout(a.noteId(), a.stageLabel()));
        for (Note note : event.notes()) {
            notes.putIfAbsent(note.id(), note);
            notesByStage.computeIfAbsent(new NoteKey(note.table(), stageKey(stageOf(note))),
                    k -> Lists.mutable.empty()).add(note);
        }
    }

    public static EventIndex of(Event event) {
        return new EventIndex(Objects.requireNonNull(event, "event"));
    }

    public Event event() {
        return event;
    }

    /** The canonical order of the event's lists. */
    public EventOrder order() {
        return order;
    }

    public Optional<Category> category(String categoryId) {
        return Optional.ofNullable(categories.get(categoryId));
    }

    /** The category's display name, or its id when the event does not list it. */
    public String categoryName(String categoryId) {
        Category category = categories.get(categoryId);
        return category == null ? categoryId : category.name();
    }

    public Optional<Entry> entry(String entryId) {
        return Optional.ofNullable(entries.get(entryId));
    }

    /** The entries of one category, in canonical order. */
    public ImmutableList<Entry> entries(String categoryId) {
        MutableList<Entry> found = entriesByCategory.get(categoryId);
        return found == null ? Lists.immutable.empty() : found.toImmutable();
    }

    /**
     * The category of a crew: its entry's, or for an id the entries do not list, the category
     * whose id starts it ({@code cars-12}); null when neither tells.
     */
    public String categoryOf(String entryId) {
        Entry entry = entries.get(entryId);
        if (entry != null) {
            return entry.categoryId();
        }
        Category byPrefix = event.categories().detect(c -> entryId.startsWith(c.id() + "-"));
        return byPrefix == null ? null : byPrefix.id();
    }

    public Optional<Stage> stage(String stageLabel) {
        return stageLabel == null ? Optional.empty() : Optional.ofNullable(stages.get(stageLabel));
    }

    /** The stage's ordinal, or {@link EventOrder#UNKNOWN} for null or a label the itinerary does not list. */
    public int ordinalOf(String stageLabel) {
        return order.ordinalOf(stageLabel);
    }

    /** Whether the label names a numbered stage of the itinerary. */
    public boolean isNumberedStage(String stageLabel) {
        return stageLabel != null && stages.containsKey(stageLabel);
    }

    public Optional<Classification> classification(String categoryId, ClassificationKind kind, String stageLabel) {
        return Optional.ofNullable(classifications.get(new ClassificationKey(categoryId, kind, stageLabel)));
    }

    /** The penalties of a category's crews at a stage (null: at no stage of the itinerary), in canonical order. */
    public ImmutableList<Penalty> penalties(String categoryId, String stageLabel) {
        return listOf(penaltiesByStage.get(new StageKey(categoryId, stageKey(stageLabel))));
    }

    /** One crew's penalties, in canonical order. */
    public ImmutableList<Penalty> penaltiesOf(String entryId) {
        return listOf(penaltiesByEntry.get(entryId));
    }

    /** The awarded times of a category at a stage (null: at no stage of the itinerary), in the event's order. */
    public ImmutableList<AwardedTime> awardedTimes(String categoryId, String stageLabel) {
        return listOf(awardedByStage.get(new StageKey(categoryId, stageKey(stageLabel))));
    }

    /**
     * The notes beside one part of the source about a category, or about no one category (which
     * concern them all), at a stage (null: at no stage of the itinerary), in source order. A
     * note's stage is {@link #stageOf(Note)}.
     */
    public ImmutableList<Note> notes(NoteTable table, String categoryId, String stageLabel) {
        MutableList<Note> atStage = notesByStage.get(new NoteKey(table, stageKey(stageLabel)));
        return atStage == null ? Lists.immutable.empty()
                : atStage.select(n -> n.categoryId() == null || n.categoryId().equals(categoryId)).toImmutable();
    }

    public Optional<Note> note(String noteId) {
        return noteId == null ? Optional.empty() : Optional.ofNullable(notes.get(noteId));
    }

    /**
     * The stage a note is about: its own, when it names a stage of the itinerary; else the latest
     * stage of the penalties and awarded times read from it (Peterhansel's note goes with his
     * penalty, placed on stage 6); else null.
     */
    public String stageOf(Note note) {
        return isNumberedStage(note.stageLabel()) ? note.stageLabel() : noteStages.get(note.id());
    }

    private void noteAbout(String noteId, String stageLabel) {
        if (noteId != null && isNumberedStage(stageLabel)) {
            noteStages.merge(noteId, stageLabel, (a, b) -> ordinalOf(a) >= ordinalOf(b) ? a : b);
        }
    }

    private String stageKey(String stageLabel) {
        return isNumberedStage(stageLabel) ? stageLabel : NO_STAGE;
    }

    private static <T> ImmutableList<T> listOf(MutableList<T> found) {
        return found == null ? Lists.immutable.empty() : found.toImmutable();
    }
}
