package org.podium.check;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Text;
import org.podium.model.Times;

/** What every check needs of an event, looked up once, and the findings they make. */
final class CheckContext {

    final Event event;
    final ImmutableMap<String, Entry> entries;
    private final MutableList<Finding> findings = Lists.mutable.empty();
    /** Each table's rows by entry, built on first use: the checks look crews up in every table. */
    private final java.util.Map<Classification, java.util.Map<String, ClassificationRow>> rowsByEntry =
            new java.util.IdentityHashMap<>();

    CheckContext(Event event) {
        this.event = event;
        this.entries = event.entriesById();
    }

    /** The crew's row in the table, or null. */
    ClassificationRow row(Classification table, String entryId) {
        return rowsByEntry.computeIfAbsent(table, t -> {
            java.util.Map<String, ClassificationRow> byEntry = new java.util.HashMap<>();
            t.rows().forEach(r -> byEntry.putIfAbsent(r.entryId(), r));
            return byEntry;
        }).get(entryId);
    }

    /** The crew's time in the table, or null when it is absent or has none. */
    Duration timeOf(Classification table, String entryId) {
        ClassificationRow row = row(table, entryId);
        return row == null ? null : row.time();
    }

    /** Penalties and awarded times whose stage an explanation places, by identity: two may be equal. */
    private final java.util.Map<Penalty, String> penaltyStages = new java.util.IdentityHashMap<>();
    private final java.util.Map<Penalty, Boolean> explainedPenalties = new java.util.IdentityHashMap<>();
    private final java.util.Map<AwardedTime, String> awardedStages = new java.util.IdentityHashMap<>();

    ImmutableList<Finding> findings() {
        return findings.toImmutable();
    }

    /** The penalty is explained on exactly this stage; the first placement found stands. */
    void place(Penalty penalty, String stageLabel) {
        penaltyStages.putIfAbsent(penalty, stageLabel);
        explainedPenalties.put(penalty, Boolean.TRUE);
    }

    /** The penalty explains a difference, but over several stages: explained, not placed. */
    void markExplained(Penalty penalty) {
        explainedPenalties.put(penalty, Boolean.TRUE);
    }

    boolean isPlaced(Penalty penalty) {
        return explainedPenalties.containsKey(penalty);
    }

    void place(AwardedTime awarded, String stageLabel) {
        awardedStages.putIfAbsent(awarded, stageLabel);
    }

    /** The event with every penalty and awarded time the explanations placed on a stage marked so. */
    Event withInferredStages() {
        if (penaltyStages.isEmpty() && awardedStages.isEmpty()) {
            return event;
        }
        ImmutableList<Penalty> penalties = event.penalties().collect(p -> penaltyStages.containsKey(p)
                ? p.placedOn(penaltyStages.get(p)) : p);
        ImmutableList<AwardedTime> awarded = event.awardedTimes().collect(a -> awardedStages.containsKey(a)
                ? a.placedOn(awardedStages.get(a)) : a);
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), event.entries(),
                event.classifications(), penalties, awarded, event.notes());
    }

    void add(FindingSeverity severity, Classification table, ImmutableList<ClassificationRow> rows, Duration expected,
            Duration found, String message, String noteId) {
        findings.add(new Finding(severity, table.categoryId(), table.stageLabel(), table.kind().id(),
                rows.collect(ClassificationRow::entryId), expected == null ? null : Times.format(expected),
                found == null ? null : Times.format(found), message, rows.collect(ClassificationRow::source), noteId));
    }

    /** The most of a name a finding quotes. */
    static final int NAME_LIMIT = 80;

    void add(Finding finding) {
        findings.add(finding);
    }

    /**
     * The crew as a person reads it in a sentence: the driver's name, cut to {@link #NAME_LIMIT}
     * characters, since a finding quotes its source and a name of thousands of characters would
     * bury the sentence (and run over pages of the bulletin's checks).
     */
    String name(String entryId) {
        Entry entry = entries.get(entryId);
        return Text.excerpt(entry == null ? entryId : entry.driver().name(), NAME_LIMIT);
    }

    String categoryName(String categoryId) {
        return Text.excerpt(event.category(categoryId).map(Category::name).orElse(categoryId), NAME_LIMIT);
    }

    /** "the general classification after stage 5 (Cars)", as a sentence names a table. */
    String describe(Classification table) {
        String what = switch (table.kind()) {
            case STAGE -> "the result of stage " + table.stageLabel();
            case GENERAL -> "the general classification after stage " + table.stageLabel();
            case FINAL -> "the final standings";
        };
        return what + " (" + categoryName(table.categoryId()) + ")";
    }

    static String clock(Duration time) {
        return Times.format(time);
    }

    static boolean isReported(Classification table) {
        return table.basis() == org.podium.model.Basis.REPORTED;
    }
}
