package org.podium.diff;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Event;

/**
 * What changed from one version of an event to another: every stage, category, crew,
 * classification, row, penalty and awarded time added or removed, and every field of them that
 * changed, as {@link Change}s. Data only: {@code podium diff} writes it as text, CSV or JSON, and a
 * document can list it as "changes since bulletin N". Immutable.
 *
 * <p><b>What is matched with what.</b> Stages by label (rest days are not compared), categories
 * by id, classifications by category, kind and stage. Crews by entry id within their category;
 * an entry left unmatched then by race number, then by its driver's name (ignoring case), each only
 * when exactly one crew on each side has it — so a crew read without a number from an article
 * ({@code bikes-nani-roma}) and with one from a timing sheet ({@code bikes-8}) is the same crew, whose
 * number changed. Rows by their crew. Penalties by crew and stage, awarded times by category and
 * stage: equal ones pair first, then the rest in order (a changed time or reason), then what is
 * left was added or removed. Compared in a row: position, status, time, gap, the penalty included,
 * and the details ({@link org.podium.model.RowDetails}); not a row's make, nor whether its time was
 * derived. Not compared: the event's name, dates and facts, notes, entries' makes and entrants,
 * stages' dates and places, a classification's basis or completeness (its rows say it).
 *
 * <p>A category added or removed is one change, not one per crew and table; so is a
 * classification added or removed, not one per row.
 *
 * <p><b>Order.</b> Stages of the itinerary first, in the itinerary's order; then each category in
 * the event's order: its crews added, removed or changed (in entry order), then stage by stage its
 * status for the category, stage result, general classification, penalties and awarded times; then
 * its final standings, then penalties and awarded times at no stage. Within a classification, rows
 * by their position before (those not classified after, in their order), then the rows added by
 * their position after; within a row, its fields in the order of {@link Change.Field}. The same two
 * events always give the same list.
 *
 * <p>Compare events as the report of each has them ({@code Report.event()}): penalties and awarded
 * times whose stage the source leaves out are then compared where the checks place them, as every
 * document shows them, and an event read back from its data package compares equal to its source.
 *
 * @param changes every change, in the order above
 */
public record EventDiff(ImmutableList<Change> changes) {

    public EventDiff {
        Objects.requireNonNull(changes, "changes");
    }

    /** What changed from {@code before} to {@code after}. */
    public static EventDiff between(Event before, Event after) {
        return new EventDiff(new Differ(Objects.requireNonNull(before, "before"),
                Objects.requireNonNull(after, "after")).changes());
    }

    /** Whether the two versions hold the same results. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public int size() {
        return changes.size();
    }
}
