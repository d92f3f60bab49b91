package org.podium.report;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.check.CheckOutcome;
import org.podium.check.Finding;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.EventOrder;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Stage;

/**
 * The one place where a {@link Scope} is applied: which categories, stages, classifications,
 * penalties, awarded times, notes and findings an event as known after stage N holds.
 *
 * @param event     the event in scope, in canonical order
 * @param asOfStage the stage it is known up to, or null for the whole event
 * @param findings  the findings in scope
 * @param caveats   what was kept without knowing whether it belongs
 */
record ScopedEvent(Event event, Stage asOfStage, ImmutableList<Finding> findings, ImmutableList<String> caveats) {

    static ScopedEvent cut(CheckOutcome outcome, Scope scope) throws ScopeException {
        Event placed = outcome.withInferredStages();
        EventIndex index = EventIndex.of(placed);
        ImmutableList<Category> categories = categories(placed, scope);
        Stage asOf = asOfStage(placed, index, scope);
        return new Cutter(placed, index, categories, asOf).cut(outcome.findings());
    }

    /** The categories asked for, by id or by a name they go by, in the event's order. */
    private static ImmutableList<Category> categories(Event event, Scope scope) throws ScopeException {
        if (scope.categories().isEmpty()) {
            return event.categories();
        }
        MutableList<Category> chosen = Lists.mutable.empty();
        for (String asked : scope.categories()) {
            Category category = event.categories().detect(c -> c.isNamed(asked));
            if (category == null) {
                throw new ScopeException("no category '" + asked + "' in this event; its categories are "
                        + (event.categories().isEmpty() ? "none"
                                : event.categories().collect(Category::id).makeString(", ")));
            }
            chosen.add(category);
        }
        return event.categories().select(chosen::contains);
    }

    private static Stage asOfStage(Event event, EventIndex index, Scope scope) throws ScopeException {
        if (scope.stageLabel() == null) {
            return null;
        }
        String asked = scope.stageLabel();
        // Exactly as written first; else without regard to case (12a for 12A), when that names one stage.
        Stage exact = index.stage(asked).orElse(null);
        if (exact != null) {
            return exact;
        }
        ImmutableList<Stage> ignoringCase = event.numberedStages().select(s -> s.label().equalsIgnoreCase(asked));
        if (ignoringCase.size() == 1) {
            return ignoringCase.getOnly();
        }
        throw new ScopeException("no stage '" + asked + "' in this event; its stages are "
                + (event.numberedStages().isEmpty() ? "none"
                        : event.numberedStages().collect(Stage::label).makeString(", ")));
    }

    /** Applies one resolved scope to one event. */
    private static final class Cutter {
        private final Event event;
        private final EventIndex index;
        private final ImmutableList<Category> categories;
        private final Stage asOf;
        private final int asOfOrdinal;
        private final boolean withFinal;
        private final MutableList<String> caveats = Lists.mutable.empty();

        Cutter(Event event, EventIndex index, ImmutableList<Category> categories, Stage asOf) {
            this.event = event;
            this.index = index;
            this.categories = categories;
            this.asOf = asOf;
            this.asOfOrdinal = asOf == null ? EventOrder.UNKNOWN : asOf.ordinal();
            Stage lastStage = event.numberedStages().maxByOptional(Stage::ordinal).orElse(null);
            // The final standings are known once the last stage has run, not before.
            this.withFinal = asOf == null || asOf.equals(lastStage);
        }

        ScopedEvent cut(ImmutableList<Finding> findings) {
            ImmutableList<Penalty> penalties = event.penalties()
                    .select(p -> isPenaltyIncluded(p) && isKnown(p.stageLabel(), "a penalty"));
            ImmutableList<AwardedTime> awarded = event.awardedTimes()
                    .select(a -> isIncluded(a.categoryId()) && isKnown(a.stageLabel(), "an awarded time"));
            ImmutableList<Note> notes = event.notes().select(n -> (n.categoryId() == null || isIncluded(n.categoryId()))
                    && isNoteKnown(n));
            Event scoped = new Event(event.name(), event.edition(), event.startDate(), event.finishDate(),
                    event.description(), event.source(), event.properties(), categories, stages(),
                    event.entries().select(e -> isIncluded(e.categoryId())), classifications(), penalties, awarded,
                    notes);
            Event canonical = EventOrder.canonical(scoped);
            // The stage as the scoped event has it: its categories are those in scope.
            Stage scopedStage = asOf == null ? null : canonical.stages().detect(s -> s.ordinal() == asOf.ordinal());
            return new ScopedEvent(canonical, scopedStage, findings.select(this::isInScope),
                    caveats.distinct().toImmutable());
        }

        private ImmutableList<Stage> stages() {
            return event.stages()
                    .select(s -> s.ordinal() <= asOfOrdinal)
                    .collect(s -> new Stage(s.ordinal(), s.label(), s.date(), s.start(), s.finish(), s.distanceKm(),
                            s.type(), s.categories().select(c -> isIncluded(c.categoryId())), s.source()));
        }

        private ImmutableList<Classification> classifications() {
            return event.classifications().select(c -> isIncluded(c.categoryId()) && isKnown(c));
        }

        private boolean isKnown(Classification classification) {
            if (classification.kind() == ClassificationKind.FINAL) {
                return withFinal;
            }
            if (asOf == null) {
                return true;
            }
            int ordinal = index.ordinalOf(classification.stageLabel());
            if (ordinal == EventOrder.UNKNOWN) {
                caveats.add("the " + classification.kind().id() + " classification of stage '"
                        + classification.stageLabel() + "' (" + index.categoryName(classification.categoryId())
                        + ") is left out after stage " + asOf.label() + ": the itinerary does not list that stage");
                return false;
            }
            return ordinal <= asOfOrdinal;
        }

        /** A penalty of a crew no category claims stays in a document of every category, and is said. */
        private boolean isPenaltyIncluded(Penalty penalty) {
            String category = index.categoryOf(penalty.entryId());
            if (category != null) {
                return isIncluded(category);
            }
            if (categories.size() < event.categories().size()) {
                caveats.add("the penalty of '" + penalty.entryId() + "', a crew of no known category, is left out"
                        + " of documents of some categories");
                return false;
            }
            return true;
        }

        /**
         * Whether something of this stage was known after the scope's stage. What names no stage
         * of the itinerary is kept, and said: when it became known cannot be told.
         */
        private boolean isKnown(String stageLabel, String what) {
            if (asOf == null) {
                return true;
            }
            int ordinal = index.ordinalOf(stageLabel);
            if (ordinal == EventOrder.UNKNOWN) {
                caveats.add(what + " whose stage " + (stageLabel == null ? "the source does not state"
                        : "'" + stageLabel + "' the itinerary does not list") + " is shown after stage "
                        + asOf.label() + ", though it may have been given later");
                return true;
            }
            return ordinal <= asOfOrdinal;
        }

        /**
         * A note is known from the stage it is about ({@link EventIndex#stageOf}); notes beside
         * the final standings come with them.
         */
        private boolean isNoteKnown(Note note) {
            if (note.table() == NoteTable.FINAL_STANDINGS) {
                return withFinal;
            }
            if (asOf == null) {
                return true;
            }
            int ordinal = index.ordinalOf(index.stageOf(note));
            // A note about no particular stage (the trucks' cancelled stages) is about the whole event.
            return ordinal == EventOrder.UNKNOWN || ordinal <= asOfOrdinal;
        }

        private boolean isInScope(Finding finding) {
            if (finding.categoryId() != null && !isIncluded(finding.categoryId())) {
                return false;
            }
            if (finding.classification().equals(ClassificationKind.FINAL.id()) && !withFinal) {
                return false;
            }
            if (finding.stageLabel() == null || asOf == null) {
                return true;
            }
            return index.ordinalOf(finding.stageLabel()) <= asOfOrdinal;
        }

        private boolean isIncluded(String categoryId) {
            return categoryId != null && categories.anySatisfy(c -> c.id().equals(categoryId));
        }
    }
}
