package org.podium.report;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.diff.EventDiff;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Stage;

/**
 * The document view of one input: what every exporter of a run writes from, built once by the
 * host. It holds
 * <ul>
 *   <li>the event as known in the {@link Scope} ({@link #event()}): the categories asked for, and
 *       with a stage, the event as known after it; every list in canonical order
 *       ({@link org.podium.model.EventOrder}); each penalty and awarded time whose stage the
 *       source leaves out placed where the consistency checks place it, marked as inferred;</li>
 *   <li>the lookups documents need, indexed once ({@link #index()});</li>
 *   <li>the consistency findings, computed once for the input and filtered to the scope;</li>
 *   <li>the document options and the labels of their language.</li>
 * </ul>
 * Immutable and safe to share between exporters.
 */
public final class Report {

    private final Event event;
    private final EventIndex index;
    private final Scope scope;
    private final Stage asOfStage;
    private final DocumentOptions options;
    private final Labels labels;
    private final ImmutableList<Finding> findings;
    private final ImmutableList<String> caveats;
    private final Amendment amendment;

    Report(ScopedEvent scoped, Scope scope, DocumentOptions options, Amendment amendment) {
        this.event = scoped.event();
        this.index = EventIndex.of(event);
        this.scope = scope;
        this.asOfStage = scoped.asOfStage();
        this.options = options;
        this.labels = Labels.of(options.language());
        this.findings = scoped.findings();
        this.caveats = scoped.caveats();
        this.amendment = amendment;
    }

    /**
     * Starts a report of an imported event: the whole event unless a scope is given, the
     * consistency checks run unless their outcome is given.
     */
    public static Builder builder(Event imported, DocumentOptions options) {
        return new Builder(imported, options);
    }

    /** The report of the whole event, with the checks run here. */
    public static Report of(Event imported, DocumentOptions options) {
        try {
            return builder(imported, options).build();
        } catch (ScopeException e) {
            throw new IllegalStateException("the whole event is always in scope", e);
        }
    }

    /** The event as known in the scope, in canonical order, with inferred stages placed. */
    public Event event() {
        return event;
    }

    /** Lookups on {@link #event()}, built once. */
    public EventIndex index() {
        return index;
    }

    /** The scope as asked for. */
    public Scope scope() {
        return scope;
    }

    /** The stage the event is known up to, or empty for the whole event. */
    public Optional<Stage> asOfStage() {
        return Optional.ofNullable(asOfStage);
    }

    /** The categories in scope, in the event's order. */
    public ImmutableList<Category> categories() {
        return event.categories();
    }

    public DocumentOptions options() {
        return options;
    }

    /** The labels of {@link DocumentOptions#language()}. */
    public Labels labels() {
        return labels;
    }

    /**
     * The findings about what is in scope: about an included category or none, and with a stage,
     * about that stage or an earlier one, or about no stage. Computed once for the input, on the
     * event as the source gives it.
     */
    public ImmutableList<Finding> findings() {
        return findings;
    }

    /**
     * The findings a bulletin shows: without a stage, all of {@link #findings()}; after stage N,
     * those about stage N and those about no stage, since a stage bulletin answers for that stage.
     */
    public ImmutableList<Finding> bulletinFindings() {
        if (asOfStage == null) {
            return findings;
        }
        return findings.select(f -> f.stageLabel() == null || f.stageLabel().equals(asOfStage.label()));
    }

    /**
     * What the scope could not decide and shows anyway, one sentence each (a penalty whose stage
     * nobody knows, kept in a document after stage N). The host reports them as warnings.
     */
    public ImmutableList<String> caveats() {
        return caveats;
    }

    /**
     * What makes this report's documents an amendment: the bulletin they replace and what changed
     * since it; empty for a document that amends nothing.
     */
    public Optional<Amendment> amendment() {
        return Optional.ofNullable(amendment);
    }

    /**
     * The event a report in {@code scope} would hold, without building one: how {@code podium diff}
     * compares two versions, and how an amendment's previous version is cut.
     *
     * @param checks the outcome of {@link ConsistencyChecks#run} on the imported event
     * @throws ScopeException when the scope names a category or a stage the event does not have
     */
    public static Event eventInScope(CheckOutcome checks, Scope scope) throws ScopeException {
        return ScopedEvent.cut(checks, scope).event();
    }

    /** Builds a {@link Report}. */
    public static final class Builder {
        private final Event imported;
        private final DocumentOptions options;
        private Scope scope = Scope.WHOLE_EVENT;
        private CheckOutcome checks;
        private Event previous;
        private Integer replaces;
        private String previousName;

        private Builder(Event imported, DocumentOptions options) {
            this.imported = Objects.requireNonNull(imported, "imported");
            this.options = Objects.requireNonNull(options, "options");
        }

        public Builder scope(Scope value) {
            this.scope = Objects.requireNonNull(value, "scope");
            return this;
        }

        /** The outcome of {@link ConsistencyChecks#run} on the same event, when the caller has it already. */
        public Builder checks(CheckOutcome value) {
            this.checks = Objects.requireNonNull(value, "checks");
            return this;
        }

        /**
         * Makes the documents an amendment ({@link Report#amendment()}) of a previous version of the
         * event, as imported: what changed is computed between it and this one, each in the report's scope.
         *
         * @param replaces the number of the bulletin it replaces, or null when unknown
         * @param name     the previous version's file name, which names it when the number is unknown
         */
        public Builder amends(Event previousImported, Integer replaces, String name) {
            this.previous = Objects.requireNonNull(previousImported, "previousImported");
            this.replaces = replaces;
            this.previousName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @throws ScopeException when the scope names a category or a stage the event does not have,
         *                        or, for an amendment, the previous version does not have
         */
        public Report build() throws ScopeException {
            CheckOutcome outcome = checks != null ? checks : ConsistencyChecks.run(imported);
            ScopedEvent scoped = ScopedEvent.cut(outcome, scope);
            Amendment amendment = null;
            if (previous != null) {
                Event before;
                try {
                    before = eventInScope(ConsistencyChecks.run(previous), scope);
                } catch (ScopeException e) {
                    throw new ScopeException("the version it amends, " + previousName + ": " + e.getMessage());
                }
                amendment = new Amendment(replaces, previousName, EventDiff.between(before, scoped.event()));
            }
            return new Report(scoped, scope, options, amendment);
        }
    }
}
