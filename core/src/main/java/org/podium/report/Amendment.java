package org.podium.report;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.diff.Change;
import org.podium.diff.EventDiff;

/**
 * What makes a document an amendment: the version it replaces, and what changed since it. An
 * amendment (a penalty applied after an appeal, a corrected time) is a new bulletin that says
 * "replaces bulletin N" and lists its changes; they are computed by {@link EventDiff} between the
 * previous version and this one, each cut to the report's scope, so a bulletin after stage 7 lists
 * what changed in the event as known after stage 7. Immutable.
 */
public final class Amendment {

    private final Integer replaces;
    private final String previousName;
    private final EventDiff changes;

    /**
     * @param replaces     the number of the bulletin this one replaces, or null when nobody said
     * @param previousName how the previous version is called when its number is unknown: its file name
     * @param changes      what changed from the previous version to this one, in the report's scope
     */
    public Amendment(Integer replaces, String previousName, EventDiff changes) {
        if (replaces != null && replaces < 1) {
            throw new IllegalArgumentException("a bulletin number is positive: " + replaces);
        }
        this.replaces = replaces;
        this.previousName = Objects.requireNonNull(previousName, "previousName");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** The number of the bulletin this one replaces, when it was given. */
    public Optional<Integer> replaces() {
        return Optional.ofNullable(replaces);
    }

    /** The previous version's file name, which names it when its bulletin number is unknown. */
    public String previousName() {
        return previousName;
    }

    /** What changed since the previous version, in the report's scope; empty when nothing did. */
    public EventDiff changes() {
        return changes;
    }

    /**
     * The changes by category, in the diff's order: the itinerary's (a null category) first, then
     * each category's; no group is empty.
     */
    public ImmutableList<Group> groups() {
        MutableList<Group> groups = Lists.mutable.empty();
        MutableList<Change> current = Lists.mutable.empty();
        String categoryId = null;
        for (Change change : changes.changes()) {
            if (current.notEmpty() && !Objects.equals(categoryId, change.categoryId())) {
                groups.add(new Group(categoryId, current.toImmutable()));
                current = Lists.mutable.empty();
            }
            categoryId = change.categoryId();
            current.add(change);
        }
        if (current.notEmpty()) {
            groups.add(new Group(categoryId, current.toImmutable()));
        }
        return groups.toImmutable();
    }

    /**
     * The changes of one category, or of the itinerary.
     *
     * @param categoryId the category, or null for the itinerary
     * @param changes    its changes, in the diff's order
     */
    public record Group(String categoryId, ImmutableList<Change> changes) {
        public Group {
            Objects.requireNonNull(changes, "changes");
        }
    }

    /** "Changes since bulletin 7", or "Changes since bulletin-7.csv" when its number is unknown. */
    public String heading(Labels labels) {
        return labels.text("heading.changes", since(labels));
    }

    /** "No change since bulletin 7." */
    public String nothingChanged(Labels labels) {
        return labels.text("changes.none", since(labels));
    }

    /** "Replaces bulletin 7", or "Amends bulletin-7.csv". */
    public String replacesLine(Labels labels) {
        return replaces == null ? labels.text("amendment.amends", previousName)
                : labels.text("amendment.replaces", Integer.toString(replaces));
    }

    private String since(Labels labels) {
        return replaces == null ? previousName : labels.text("changes.bulletin", Integer.toString(replaces));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amendment that && Objects.equals(replaces, that.replaces)
                && previousName.equals(that.previousName) && changes.equals(that.changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(replaces, previousName, changes);
    }

    @Override
    public String toString() {
        return "Amendment[replaces=" + replaces + ", previous=" + previousName + ", " + changes.size() + " changes]";
    }
}
