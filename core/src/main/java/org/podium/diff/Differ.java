package org.podium.diff;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.diff.Change.Crew;
import org.podium.diff.Change.Field;
import org.podium.diff.Change.Kind;
import org.podium.diff.Change.Subject;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Penalty;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.Times;

/** Walks two versions of an event in the order {@link EventDiff} documents and collects their changes. */
final class Differ {

    /** What a row is compared on, in this order. */
    private static final List<RowField> ROW_FIELDS = List.of(
            new RowField(Field.POSITION, r -> text(r.position())),
            new RowField(Field.STATUS, r -> r.status().id()),
            new RowField(Field.TIME, r -> time(r.time())),
            new RowField(Field.GAP, r -> time(r.gap())),
            new RowField(Field.PENALTY, r -> time(r.penalty())),
            new RowField(Field.CLASS_POSITION, r -> text(r.details().classPosition())),
            new RowField(Field.CLASS_GAP, r -> time(r.details().classGap())),
            new RowField(Field.LAPS, r -> text(r.details().laps())),
            new RowField(Field.LAPS_BEHIND, r -> text(r.details().lapsBehind())),
            new RowField(Field.GRID, r -> text(r.details().grid())),
            new RowField(Field.POINTS, r -> points(r.details().points())),
            new RowField(Field.STATUS_REASON, r -> r.details().statusReason()));

    /** A field of a row and its value as the data package writes it. */
    private record RowField(Field field, Function<ClassificationRow, String> value) {
    }

    private final Event before;
    private final Event after;
    private final EventIndex beforeIndex;
    private final EventIndex afterIndex;
    /** Entry ids matched across the versions, both ways. */
    private final Map<String, String> toAfter = new HashMap<>();
    private final Map<String, String> toBefore = new HashMap<>();
    /** The numbered stages of both itineraries, merged: each stage's rank. */
    private final Map<String, Integer> stageRank = new HashMap<>();
    private final MutableList<String> itinerary = Lists.mutable.empty();
    private final Map<Slot, MutableList<Penalty>> penaltiesBefore;
    private final Map<Slot, MutableList<Penalty>> penaltiesAfter;
    private final Map<Slot, MutableList<AwardedTime>> awardedBefore;
    private final Map<Slot, MutableList<AwardedTime>> awardedAfter;
    private final MutableList<Change> changes = Lists.mutable.empty();

    /** A category at a stage; a null stage is no stage. */
    private record Slot(String categoryId, String stageLabel) {
    }

    Differ(Event before, Event after) {
        this.before = before;
        this.after = after;
        this.beforeIndex = EventIndex.of(before);
        this.afterIndex = EventIndex.of(after);
        mergeItineraries();
        for (String categoryId : categories()) {
            matchEntries(categoryId);
        }
        penaltiesBefore = bySlot(beforeIndex.order().penalties(), p -> beforeIndex.categoryOf(p.entryId()),
                Penalty::stageLabel);
        penaltiesAfter = bySlot(afterIndex.order().penalties(), p -> afterIndex.categoryOf(p.entryId()),
                Penalty::stageLabel);
        awardedBefore = bySlot(before.awardedTimes(), AwardedTime::categoryId, AwardedTime::stageLabel);
        awardedAfter = bySlot(after.awardedTimes(), AwardedTime::categoryId, AwardedTime::stageLabel);
    }

    ImmutableList<Change> changes() {
        for (String label : itinerary) {
            Stage was = beforeIndex.stage(label).orElse(null);
            Stage is = afterIndex.stage(label).orElse(null);
            if (is == null) {
                add(Subject.STAGE, Kind.REMOVED, null, null, null, label, null, describe(was), null);
            } else if (was == null) {
                add(Subject.STAGE, Kind.ADDED, null, null, null, label, null, null, describe(is));
            }
        }
        for (String categoryId : categories()) {
            category(categoryId);
        }
        return changes.toImmutable();
    }

    // ---- the walk

    private void category(String categoryId) {
        Category was = before.category(categoryId).orElse(null);
        Category is = after.category(categoryId).orElse(null);
        if (is == null) {
            add(Subject.CATEGORY, Kind.REMOVED, null, categoryId, null, null, null, was.name(), null);
            return;
        }
        if (was == null) {
            add(Subject.CATEGORY, Kind.ADDED, null, categoryId, null, null, null, null, is.name());
            return;
        }
        entries(categoryId);
        for (String label : stagesOf(categoryId)) {
            stageStatus(categoryId, label);
            classification(categoryId, ClassificationKind.STAGE, label);
            classification(categoryId, ClassificationKind.GENERAL, label);
            penalties(new Slot(categoryId, label));
            awardedTimes(new Slot(categoryId, label));
        }
        classification(categoryId, ClassificationKind.FINAL, null);
        penalties(new Slot(categoryId, null));
        awardedTimes(new Slot(categoryId, null));
    }

    private void entries(String categoryId) {
        for (Entry was : beforeIndex.entries(categoryId)) {
            String match = toAfter.get(was.id());
            if (match == null) {
                add(Subject.ENTRY, Kind.REMOVED, null, categoryId, null, null, crewBefore(was.id()),
                        was.crewNames(), null);
                continue;
            }
            Entry is = afterIndex.entry(match).orElseThrow();
            Crew crew = crewAfter(is.id());
            changed(Subject.ENTRY, Field.NUMBER, categoryId, null, null, crew, text(was.number()), text(is.number()));
            changed(Subject.ENTRY, Field.CREW, categoryId, null, null, crew, was.crewNames(), is.crewNames());
        }
        for (Entry is : afterIndex.entries(categoryId)) {
            if (!toBefore.containsKey(is.id())) {
                add(Subject.ENTRY, Kind.ADDED, null, categoryId, null, null, crewAfter(is.id()), null, is.crewNames());
            }
        }
    }

    /** What the stage was for the category, when both itineraries have the stage. */
    private void stageStatus(String categoryId, String label) {
        Stage was = beforeIndex.stage(label).orElse(null);
        Stage is = afterIndex.stage(label).orElse(null);
        if (was != null && is != null) {
            changed(Subject.STAGE, Field.STATUS, categoryId, null, label, null, stageStatus(was, categoryId),
                    stageStatus(is, categoryId));
        }
    }

    private void classification(String categoryId, ClassificationKind kind, String label) {
        Classification was = beforeIndex.classification(categoryId, kind, label).orElse(null);
        Classification is = afterIndex.classification(categoryId, kind, label).orElse(null);
        if (was == null && is == null) {
            return;
        }
        if (is == null) {
            add(Subject.CLASSIFICATION, Kind.REMOVED, null, categoryId, kind, label, null,
                    String.valueOf(was.rows().size()), null);
            return;
        }
        if (was == null) {
            add(Subject.CLASSIFICATION, Kind.ADDED, null, categoryId, kind, label, null, null,
                    String.valueOf(is.rows().size()));
            return;
        }
        Map<String, Deque<ClassificationRow>> waiting = new LinkedHashMap<>();
        for (ClassificationRow row : is.rows()) {
            waiting.computeIfAbsent(row.entryId(), k -> new ArrayDeque<>()).add(row);
        }
        Set<ClassificationRow> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ClassificationRow old : byPosition(was.rows())) {
            Deque<ClassificationRow> candidates = waiting.get(afterId(old.entryId()));
            ClassificationRow now = candidates == null ? null : candidates.pollFirst();
            if (now == null) {
                add(Subject.ROW, Kind.REMOVED, null, categoryId, kind, label, crewBefore(old.entryId()),
                        summary(old), null);
                continue;
            }
            matched.add(now);
            Crew crew = crewAfter(now.entryId());
            for (RowField field : ROW_FIELDS) {
                changed(Subject.ROW, field.field(), categoryId, kind, label, crew, field.value().apply(old),
                        field.value().apply(now));
            }
        }
        for (ClassificationRow now : byPosition(is.rows())) {
            if (!matched.contains(now)) {
                add(Subject.ROW, Kind.ADDED, null, categoryId, kind, label, crewAfter(now.entryId()), null,
                        summary(now));
            }
        }
    }

    /** A crew's penalties at one stage: equal ones pair first, then the rest in order. */
    private void penalties(Slot slot) {
        Map<String, MutableList<Penalty>> was = byCrew(penaltiesBefore.get(slot), p -> afterId(p.entryId()));
        Map<String, MutableList<Penalty>> is = byCrew(penaltiesAfter.get(slot), Penalty::entryId);
        for (Map.Entry<String, MutableList<Penalty>> crewPenalties : was.entrySet()) {
            MutableList<Penalty> old = crewPenalties.getValue();
            MutableList<Penalty> now = is.getOrDefault(crewPenalties.getKey(), Lists.mutable.empty());
            pairEqual(old, now, (a, b) -> a.time().equals(b.time()) && Objects.equals(a.reason(), b.reason()));
            int paired = Math.min(old.size(), now.size());
            for (int i = 0; i < paired; i++) {
                Crew crew = crewAfter(now.get(i).entryId());
                changed(Subject.PENALTY, Field.TIME, slot.categoryId(), null, slot.stageLabel(), crew,
                        time(old.get(i).time()), time(now.get(i).time()));
                changed(Subject.PENALTY, Field.REASON, slot.categoryId(), null, slot.stageLabel(), crew,
                        old.get(i).reason(), now.get(i).reason());
            }
            old.subList(paired, old.size()).forEach(p -> add(Subject.PENALTY, Kind.REMOVED, null, slot.categoryId(),
                    null, slot.stageLabel(), crewBefore(p.entryId()), describe(p), null));
            now.subList(paired, now.size()).forEach(p -> add(Subject.PENALTY, Kind.ADDED, null, slot.categoryId(),
                    null, slot.stageLabel(), crewAfter(p.entryId()), null, describe(p)));
            now.clear();
        }
        is.values().forEach(left -> left.forEach(p -> add(Subject.PENALTY, Kind.ADDED, null, slot.categoryId(), null,
                slot.stageLabel(), crewAfter(p.entryId()), null, describe(p))));
    }

    private void awardedTimes(Slot slot) {
        MutableList<AwardedTime> old = Lists.mutable.withAll(awardedBefore.getOrDefault(slot, Lists.mutable.empty()));
        MutableList<AwardedTime> now = Lists.mutable.withAll(awardedAfter.getOrDefault(slot, Lists.mutable.empty()));
        pairEqual(old, now, (a, b) -> a.time().equals(b.time()));
        int paired = Math.min(old.size(), now.size());
        for (int i = 0; i < paired; i++) {
            changed(Subject.AWARDED_TIME, Field.TIME, slot.categoryId(), null, slot.stageLabel(), null,
                    time(old.get(i).time()), time(now.get(i).time()));
        }
        old.subList(paired, old.size()).forEach(a -> add(Subject.AWARDED_TIME, Kind.REMOVED, null, slot.categoryId(),
                null, slot.stageLabel(), null, time(a.time()), null));
        now.subList(paired, now.size()).forEach(a -> add(Subject.AWARDED_TIME, Kind.ADDED, null, slot.categoryId(),
                null, slot.stageLabel(), null, null, time(a.time())));
    }

    // ---- matching

    /** Both itineraries' numbered stages: the older one's order, each newer stage after the one it follows. */
    private void mergeItineraries() {
        before.stages().toSortedListBy(Stage::ordinal).reject(Stage::isRestDay)
                .forEach(s -> addStage(s.label(), itinerary.size()));
        int next = 0;
        for (Stage stage : after.stages().toSortedListBy(Stage::ordinal).reject(Stage::isRestDay)) {
            int known = itinerary.indexOf(stage.label());
            if (known >= 0) {
                next = known + 1;
            } else {
                addStage(stage.label(), next++);
            }
        }
        itinerary.forEachWithIndex((label, rank) -> stageRank.put(label, rank));
    }

    private void addStage(String label, int at) {
        if (!itinerary.contains(label)) {
            itinerary.add(at, label);
        }
    }

    /** Both events' categories: the older one's order, then those only the newer one has. */
    private ImmutableList<String> categories() {
        return before.categories().collect(Category::id)
                .newWithAll(after.categories().collect(Category::id)).distinct();
    }

    /** Every stage a category has something at, in the merged itinerary's order (labels it lacks after). */
    private ImmutableList<String> stagesOf(String categoryId) {
        Set<String> labels = new TreeSet<>(Comparator.comparingInt(
                (String label) -> stageRank.getOrDefault(label, Integer.MAX_VALUE)).thenComparing(label -> label));
        labels.addAll(itinerary);
        for (Event event : List.of(before, after)) {
            event.classificationsOf(categoryId).select(c -> c.stageLabel() != null)
                    .forEach(c -> labels.add(c.stageLabel()));
        }
        for (Set<Slot> slots : List.of(penaltiesBefore.keySet(), penaltiesAfter.keySet(), awardedBefore.keySet(),
                awardedAfter.keySet())) {
            slots.stream().filter(s -> s.categoryId().equals(categoryId) && s.stageLabel() != null)
                    .forEach(s -> labels.add(s.stageLabel()));
        }
        return Lists.immutable.withAll(labels);
    }

    /** By id, then by race number, then by driver's name, each only when one crew on each side has it. */
    private void matchEntries(String categoryId) {
        ImmutableList<Entry> was = beforeIndex.entries(categoryId);
        ImmutableList<Entry> is = afterIndex.entries(categoryId);
        for (Entry entry : was) {
            afterIndex.entry(entry.id()).filter(e -> e.categoryId().equals(categoryId))
                    .ifPresent(match -> match(entry, match));
        }
        matchBy(was, is, Entry::number);
        matchBy(was, is, e -> e.driver().name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    private void matchBy(ImmutableList<Entry> was, ImmutableList<Entry> is, Function<Entry, Object> key) {
        Map<Object, List<Entry>> old = unmatched(was, toAfter, key);
        Map<Object, List<Entry>> now = unmatched(is, toBefore, key);
        old.forEach((value, entries) -> {
            List<Entry> candidates = now.get(value);
            if (entries.size() == 1 && candidates != null && candidates.size() == 1) {
                match(entries.get(0), candidates.get(0));
            }
        });
    }

    private static Map<Object, List<Entry>> unmatched(ImmutableList<Entry> entries, Map<String, String> matched,
            Function<Entry, Object> key) {
        Map<Object, List<Entry>> byKey = new LinkedHashMap<>();
        entries.reject(e -> matched.containsKey(e.id())).forEach(e -> {
            Object value = key.apply(e);
            if (value != null) {
                byKey.computeIfAbsent(value, k -> new ArrayList<>()).add(e);
            }
        });
        return byKey;
    }

    private void match(Entry was, Entry is) {
        if (!toAfter.containsKey(was.id()) && !toBefore.containsKey(is.id())) {
            toAfter.put(was.id(), is.id());
            toBefore.put(is.id(), was.id());
        }
    }

    /** The newer version's id of a crew of the older one: its match, else the same id. */
    private String afterId(String beforeId) {
        return toAfter.getOrDefault(beforeId, beforeId);
    }

    private Crew crewBefore(String beforeId) {
        String match = toAfter.get(beforeId);
        return match != null ? crewAfter(match) : crew(beforeIndex, beforeId);
    }

    private Crew crewAfter(String afterId) {
        if (afterIndex.entry(afterId).isPresent() || !toBefore.containsKey(afterId)) {
            return crew(afterIndex, afterId);
        }
        return crew(beforeIndex, toBefore.get(afterId));
    }

    private static Crew crew(EventIndex index, String entryId) {
        return index.entry(entryId).map(e -> new Crew(e.id(), e.number(), e.crewNames()))
                .orElse(new Crew(entryId, null, entryId));
    }

    // ---- helpers

    private static <T> Map<Slot, MutableList<T>> bySlot(ImmutableList<T> items, Function<T, String> category,
            Function<T, String> stage) {
        Map<Slot, MutableList<T>> bySlot = new LinkedHashMap<>();
        for (T item : items) {
            String categoryId = category.apply(item);
            if (categoryId != null) {
                bySlot.computeIfAbsent(new Slot(categoryId, stage.apply(item)), k -> Lists.mutable.empty()).add(item);
            }
        }
        return bySlot;
    }

    private static Map<String, MutableList<Penalty>> byCrew(MutableList<Penalty> penalties,
            Function<Penalty, String> crew) {
        Map<String, MutableList<Penalty>> byCrew = new LinkedHashMap<>();
        if (penalties != null) {
            penalties.forEach(p -> byCrew.computeIfAbsent(crew.apply(p), k -> Lists.mutable.empty()).add(p));
        }
        return byCrew;
    }

    /** Takes out of both lists the pairs {@code same} calls equal, leaving the rest in order. */
    private static <T> void pairEqual(MutableList<T> old, MutableList<T> now, BiPredicate<T, T> same) {
        for (var it = old.iterator(); it.hasNext(); ) {
            T item = it.next();
            int at = now.detectIndex(other -> same.test(item, other));
            if (at >= 0) {
                now.remove(at);
                it.remove();
            }
        }
    }

    private static ImmutableList<ClassificationRow> byPosition(ImmutableList<ClassificationRow> rows) {
        return rows.toSortedList(Comparator.comparing(ClassificationRow::position,
                Comparator.nullsLast(Comparator.naturalOrder()))).toImmutable();
    }

    private void changed(Subject subject, Field field, String categoryId, ClassificationKind kind, String label,
            Crew crew, String was, String is) {
        if (!Objects.equals(was, is)) {
            add(subject, Kind.CHANGED, field, categoryId, kind, label, crew, was, is);
        }
    }

    private void add(Subject subject, Kind kind, Field field, String categoryId, ClassificationKind classification,
            String label, Crew crew, String was, String is) {
        changes.add(new Change(subject, kind, field, categoryId, classification, label, crew, was, is));
    }

    /** A row added or removed: its position (or status), time and gap. */
    private static String summary(ClassificationRow row) {
        MutableList<String> parts = Lists.mutable.of(row.position() != null ? row.position().toString()
                : row.status().id());
        if (row.time() != null) {
            parts.add(Times.format(row.time()));
        }
        if (row.gap() != null) {
            parts.add(Times.formatGap(row.gap()));
        }
        return parts.makeString(", ");
    }

    private static String describe(Penalty penalty) {
        return Times.format(penalty.time()) + (penalty.reason() == null ? "" : ", " + penalty.reason());
    }

    /** A stage added or removed: its date and places, or its label when the itinerary gives neither. */
    private static String describe(Stage stage) {
        MutableList<String> parts = Lists.mutable.empty();
        if (stage.date() != null) {
            parts.add(stage.date().toString());
        }
        if (stage.start() != null) {
            parts.add(stage.finish() == null || stage.isLoop() ? stage.start().name()
                    : stage.start().name() + " – " + stage.finish().name());
        }
        return parts.isEmpty() ? stage.label() : parts.makeString(", ");
    }

    private static String stageStatus(Stage stage, String categoryId) {
        return stage.forCategory(categoryId).map(StageCategory::status).map(StageStatus::id).orElse(null);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String time(Duration value) {
        return value == null ? null : Times.format(value);
    }

    private static String points(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
