package org.podium.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.ResultStatus;
import org.podium.model.Stage;

/**
 * The numbers behind the race charts of one report, per category in scope, computed in one place
 * for every document that draws them (the PDF bulletin and the Markdown document's SVG pictures
 * draw them through the {@code charts} module; the workbook writes them as cells):
 * <ul>
 *   <li>the general-classification position of the chart's crews after each stage (a bump
 *       chart), and their gap to the leader (a gap chart). The crews are the top {@value #TOP} of
 *       the final standings when the scope has them, else of the last general classification in
 *       scope;</li>
 *   <li>the stage wins of each make: the position-1 rows of the stage classifications in scope.</li>
 * </ul>
 * Only what the source gives: a position or a gap the source does not give is null, never zero or
 * guessed. A general classification that gives only its top three leaves a crew without a position
 * after the stages where it is not listed, and a stage without a general classification (a liaison,
 * a cancelled stage, a missing table) says so ({@link StagePoint#hasGeneral()}). A gap is the
 * row's own, or for the leader zero, or the difference of two times the same table gives.
 * Immutable.
 */
public final class RaceCharts {

    /** How many crews the position and gap charts follow. */
    public static final int TOP = 10;

    /**
     * The longest short name, in characters: a chart's legend has room for a surname, not for a
     * 300-character one, which is cut with "…".
     */
    public static final int LABEL_LENGTH = 24;

    /** Name particles that belong to a surname: "Carlo de Gavardo" is de Gavardo. */
    private static final Set<String> PARTICLES = Set.of("al", "da", "das", "de", "del", "della", "den", "der", "di",
            "do", "dos", "du", "el", "la", "le", "ten", "ter", "van", "von");

    private final ImmutableList<CategoryCharts> categories;

    private RaceCharts(ImmutableList<CategoryCharts> categories) {
        this.categories = categories;
    }

    /** The charts of a report: its event is the scope (its categories, and the stages up to its stage). */
    public static RaceCharts of(Report report) {
        return of(report.index());
    }

    /** The charts of an event as indexed: every category, every stage it holds. */
    public static RaceCharts of(EventIndex index) {
        Objects.requireNonNull(index, "index");
        return new RaceCharts(index.event().categories().collect(category -> categoryCharts(index, category)));
    }

    /** One entry per category of the event, in the event's order, including those with nothing to draw. */
    public ImmutableList<CategoryCharts> categories() {
        return categories;
    }

    public Optional<CategoryCharts> category(String categoryId) {
        return categories.detectOptional(c -> c.category().id().equals(categoryId));
    }

    /** Whether no category has anything to draw. */
    public boolean isEmpty() {
        return categories.noneSatisfy(CategoryCharts::hasAnything);
    }

    /**
     * A stage of the charts' horizontal axis.
     *
     * @param label      the stage's label
     * @param ordinal    its ordinal in the itinerary, or {@link org.podium.model.EventOrder#UNKNOWN}
     *                   for a stage the itinerary does not list
     * @param hasGeneral whether the source gives a general classification after it for the category
     * @param generalComplete whether that general classification is complete; false when the source
     *                   gives only its top rows (then a crew can be missing from it without having
     *                   left the race), or when there is none
     */
    public record StagePoint(String label, int ordinal, boolean hasGeneral, boolean generalComplete) {
        public StagePoint {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The classification the chart's crews are the top of.
     *
     * @param kind       {@link ClassificationKind#FINAL} or {@link ClassificationKind#GENERAL}
     * @param stageLabel the stage of a general classification; null for the final standings
     * @param complete   false when the source gives only part of it
     */
    public record Reference(ClassificationKind kind, String stageLabel, boolean complete) {
        public Reference {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * One crew the position and gap charts follow.
     *
     * @param entryId           the entry
     * @param number            the race number, or null
     * @param label             a short name for a chart: the driver's (or rider's) surname, cut
     *                          to {@value RaceCharts#LABEL_LENGTH} characters, with the race number
     *                          or an initial when two crews of the chart share it
     * @param crewNames         every member, as {@link Entry#crewNames()}
     * @param make              the entry's make, or null
     * @param referencePosition the crew's position in the {@link Reference} classification; 1 for the leader
     * @param positions         the position after each of {@link CategoryCharts#stages()}, in the same
     *                          order; null where the source does not give one
     * @param gaps              the gap to the leader after each stage, in the same order; zero for a
     *                          leader, null where the source does not give one
     * @param finalPosition     the position in the final standings, or null (none in scope, or not listed)
     * @param finalGap          the gap in the final standings, or null
     */
    public record ChartCrew(String entryId, Integer number, String label, String crewNames, String make,
            int referencePosition, ImmutableList<Integer> positions, ImmutableList<Duration> gaps,
            Integer finalPosition, Duration finalGap) {

        public ChartCrew {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(crewNames, "crewNames");
            Objects.requireNonNull(positions, "positions");
            Objects.requireNonNull(gaps, "gaps");
            if (positions.size() != gaps.size()) {
                throw new IllegalArgumentException("a position and a gap per stage: " + entryId);
            }
        }

        /** Whether the crew leads the reference classification (ties at the top included). */
        public boolean isLeader() {
            return referencePosition == 1;
        }
    }

    /**
     * The stage wins of one make.
     *
     * @param make   the make as the winning entries name it ({@link Entry#make()}, else the row's);
     *               null when the source names none
     * @param wins   the position-1 rows of stage classifications: crews tied for a win each count
     * @param stages the labels of the stages won, in race order, each once
     */
    public record MakeWins(String make, int wins, ImmutableList<String> stages) {
        public MakeWins {
            Objects.requireNonNull(stages, "stages");
        }
    }

    /**
     * What the charts of one category show.
     *
     * @param category  the category
     * @param stages    every numbered stage in scope in race order, then any stage the
     *                  classifications name and the itinerary does not; each says whether a
     *                  general classification follows it
     * @param reference the classification whose top crews are followed, or null when the scope has
     *                  neither final standings nor a general classification
     * @param crews     the top {@value RaceCharts#TOP} of the reference (more when crews tie at the tenth
     *                  place, fewer when the source gives fewer), by position
     * @param stageWins the stage wins by make, most wins first, then by make
     */
    public record CategoryCharts(Category category, ImmutableList<StagePoint> stages, Reference reference,
            ImmutableList<ChartCrew> crews, ImmutableList<MakeWins> stageWins) {

        public CategoryCharts {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(stages, "stages");
            Objects.requireNonNull(crews, "crews");
            Objects.requireNonNull(stageWins, "stageWins");
        }

        /**
         * Whether the final standings are in scope: the reference is then the final standings,
         * which are preferred to any general classification.
         */
        public boolean hasFinal() {
            return reference != null && reference.kind() == ClassificationKind.FINAL;
        }

        /** The stages after which the source gives a general classification. */
        public ImmutableList<StagePoint> generalStages() {
            return stages.select(StagePoint::hasGeneral);
        }

        /** The stages after which the source gives no general classification, in race order. */
        public ImmutableList<StagePoint> stagesWithoutGeneral() {
            return stages.reject(StagePoint::hasGeneral);
        }

        /** Whether some crew has a position after some stage. */
        public boolean hasPositions() {
            return crews.anySatisfy(crew -> crew.positions().anySatisfy(Objects::nonNull));
        }

        /** Whether some crew has a gap after some stage. */
        public boolean hasGaps() {
            return crews.anySatisfy(crew -> crew.gaps().anySatisfy(Objects::nonNull));
        }

        public boolean hasWins() {
            return stageWins.notEmpty();
        }

        public boolean hasAnything() {
            return hasPositions() || hasGaps() || hasWins();
        }

        /**
         * Whether a general classification the charts read gives only part of the field, so that a
         * crew can be missing after a stage without having left the race.
         */
        public boolean partial() {
            return generalStages().anySatisfy(stage -> !stage.generalComplete());
        }
    }

    private static CategoryCharts categoryCharts(EventIndex index, Category category) {
        String categoryId = category.id();
        ImmutableList<StagePoint> stages = stagesOf(index, categoryId);
        Optional<Classification> finalStandings = index.classification(categoryId, ClassificationKind.FINAL, null);
        Classification reference = finalStandings.orElseGet(() -> stages.asReversed()
                .detectOptional(StagePoint::hasGeneral)
                .flatMap(stage -> index.classification(categoryId, ClassificationKind.GENERAL, stage.label()))
                .orElse(null));
        ImmutableList<ChartCrew> crews = reference == null ? Lists.immutable.empty()
                : crews(index, categoryId, stages, reference, finalStandings.orElse(null));
        return new CategoryCharts(category, stages,
                reference == null ? null : new Reference(reference.kind(), reference.stageLabel(), reference.complete()),
                crews, stageWins(index, categoryId));
    }

    private static ImmutableList<StagePoint> stagesOf(EventIndex index, String categoryId) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Stage stage : index.event().numberedStages()) {
            if (seen.add(stage.label())) {
                labels.add(stage.label());
            }
        }
        for (Classification classification : index.event().classificationsOf(categoryId)) {
            if (classification.stageLabel() != null && seen.add(classification.stageLabel())) {
                labels.add(classification.stageLabel());
            }
        }
        return Lists.immutable.withAll(labels).collect(label -> {
            Optional<Classification> general = index.classification(categoryId, ClassificationKind.GENERAL, label);
            return new StagePoint(label, index.ordinalOf(label), general.isPresent(),
                    general.map(Classification::complete).orElse(false));
        });
    }

    private static ImmutableList<ChartCrew> crews(EventIndex index, String categoryId, ImmutableList<StagePoint> stages,
            Classification reference, Classification finalStandings) {
        ImmutableList<ClassificationRow> top = reference.rows()
                .select(row -> row.status() == ResultStatus.CLASSIFIED && row.position() != null && row.position() <= TOP)
                .toSortedListBy(ClassificationRow::position).toImmutable();
        // One line per crew, at its best place if a table lists it twice.
        Map<String, ClassificationRow> byEntry = new LinkedHashMap<>();
        top.forEach(row -> byEntry.putIfAbsent(row.entryId(), row));

        List<Classification> generals = new ArrayList<>();
        for (StagePoint stage : stages) {
            generals.add(index.classification(categoryId, ClassificationKind.GENERAL, stage.label()).orElse(null));
        }
        Map<String, String> labels = labels(index, byEntry.keySet());
        MutableList<ChartCrew> crews = Lists.mutable.empty();
        for (ClassificationRow row : byEntry.values()) {
            String entryId = row.entryId();
            Optional<Entry> entry = index.entry(entryId);
            MutableList<Integer> positions = Lists.mutable.empty();
            MutableList<Duration> gaps = Lists.mutable.empty();
            for (Classification general : generals) {
                ClassificationRow at = general == null ? null : rowOf(general, entryId);
                positions.add(at == null || at.status() != ResultStatus.CLASSIFIED ? null : at.position());
                gaps.add(at == null ? null : gap(general, at));
            }
            ClassificationRow inFinal = finalStandings == null ? null : rowOf(finalStandings, entryId);
            crews.add(new ChartCrew(entryId, entry.map(Entry::number).orElse(null), labels.get(entryId),
                    entry.map(Entry::crewNames).orElse(entryId), entry.map(Entry::make).orElse(row.make()),
                    row.position(), positions.toImmutable(), gaps.toImmutable(),
                    inFinal == null || inFinal.status() != ResultStatus.CLASSIFIED ? null : inFinal.position(),
                    inFinal == null ? null : gap(finalStandings, inFinal)));
        }
        return crews.toImmutable();
    }

    private static ClassificationRow rowOf(Classification classification, String entryId) {
        return classification.rows().detect(row -> row.entryId().equals(entryId));
    }

    /**
     * The gap the source gives for a row: its own; zero for a leader; else the difference between
     * its time and the leader's, both from the table. Null when none of these is there: a gap is
     * never guessed.
     */
    static Duration gap(Classification classification, ClassificationRow row) {
        if (row.status() != ResultStatus.CLASSIFIED || row.position() == null) {
            return null;
        }
        if (row.gap() != null) {
            return row.gap();
        }
        if (row.position() == 1) {
            return Duration.ZERO;
        }
        ClassificationRow leader = classification.rows().detect(r -> r.status() == ResultStatus.CLASSIFIED
                && r.position() != null && r.position() == 1 && r.time() != null);
        if (leader == null || row.time() == null || row.time().compareTo(leader.time()) < 0) {
            return null;
        }
        return row.time().minus(leader.time());
    }

    private static ImmutableList<MakeWins> stageWins(EventIndex index, String categoryId) {
        Map<String, Integer> wins = new HashMap<>();
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (Classification classification : index.event().classificationsOf(categoryId)) {
            if (classification.kind() != ClassificationKind.STAGE) {
                continue;
            }
            for (ClassificationRow row : classification.rows()) {
                if (row.status() != ResultStatus.CLASSIFIED || row.position() == null || row.position() != 1) {
                    continue;
                }
                String make = index.entry(row.entryId()).map(Entry::make).orElse(null);
                if (make == null) {
                    make = row.make();
                }
                String key = make == null ? "" : make;
                wins.merge(key, 1, Integer::sum);
                List<String> won = stages.computeIfAbsent(key, k -> new ArrayList<>());
                if (!won.contains(classification.stageLabel())) {
                    won.add(classification.stageLabel());
                }
            }
        }
        return Lists.immutable.withAll(stages.entrySet())
                .collect(e -> new MakeWins(e.getKey().isEmpty() ? null : e.getKey(), wins.get(e.getKey()),
                        Lists.immutable.withAll(e.getValue())))
                .toSortedList(Comparator.comparingInt(MakeWins::wins).reversed()
                        .thenComparing(MakeWins::make, Comparator.nullsLast(Comparator.naturalOrder())))
                .toImmutable();
    }

    /** Each crew's short name: a surname, told apart by race number or initial when two share one. */
    private static Map<String, String> labels(EventIndex index, Iterable<String> entryIds) {
        Map<String, String> surnames = new LinkedHashMap<>();
        for (String entryId : entryIds) {
            surnames.put(entryId, cut(index.entry(entryId).map(e -> surname(e.driver().name())).orElse(entryId)));
        }
        Map<String, Integer> uses = new HashMap<>();
        surnames.values().forEach(name -> uses.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum));
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : surnames.entrySet()) {
            String name = e.getValue();
            if (uses.get(name.toLowerCase(Locale.ROOT)) == 1) {
                labels.put(e.getKey(), name);
                continue;
            }
            Optional<Entry> entry = index.entry(e.getKey());
            Integer number = entry.map(Entry::number).orElse(null);
            String driver = entry.map(en -> en.driver().name()).orElse(name);
            labels.put(e.getKey(), number != null ? name + " (" + number + ")"
                    : driver.equals(name) ? name + " (" + e.getKey() + ")"
                    : driver.substring(0, driver.offsetByCodePoints(0, 1)) + ". " + name);
        }
        return labels;
    }

    /**
     * The text as a chart prints a name (a crew's, a make's): whole, or its first characters and
     * "…" when it is longer than {@link #LABEL_LENGTH}.
     */
    public static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= LABEL_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
    }

    /**
     * The surname in a name as the field writes it, given name first: the last word, with the
     * particles before it ("Carlo de Gavardo": de Gavardo; "Grégoire De Mévius": De Mévius).
     */
    static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        int first = words.length - 1;
        while (first > 1 && PARTICLES.contains(words[first - 1].toLowerCase(Locale.ROOT))) {
            first--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }
}
