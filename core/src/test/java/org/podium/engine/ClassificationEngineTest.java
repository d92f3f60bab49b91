package org.podium.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;

/** Small hand-built events; the times are the 2002 Dakar's where they can be. */
class ClassificationEngineTest {

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    @Test
    void generalTimeIsTheSumOfStageTimes() {
        // Nani Roma, 2002: 6:27 + 26:11 + 5:29 = 38:07 after stage 4.
        TestEvent event = event(3, entry("roma", null), entry("despres", null), entry("tiainen", null));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("roma", "1", "6:27"), finished("despres", "1", "6:24"), finished("tiainen", "1", "6:17"),
                finished("roma", "2", "26:11"), finished("despres", "2", "26:14"), finished("tiainen", "2", "26:42"),
                finished("roma", "3", "5:29"), finished("despres", "3", "5:40"), finished("tiainen", "3", "5:38")));

        assertThat(rows(result, ClassificationKind.GENERAL, "3"))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, r -> Times.format(r.time()),
                        r -> r.gap() == null ? null : Times.format(r.gap()))
                .containsExactly(
                        tuple(1, "roma", "0:38:07", null),
                        tuple(2, "despres", "0:38:18", "0:00:11"),
                        tuple(3, "tiainen", "0:38:37", "0:00:30"));
        assertThat(result).allMatch(c -> c.basis() == Basis.COMPUTED && c.complete());
        assertThat(result.collect(c -> c.kind() + " " + c.stageLabel())).containsExactly(
                "STAGE 1", "GENERAL 1", "STAGE 2", "GENERAL 2", "STAGE 3", "GENERAL 3", "FINAL null");
        assertThat(rows(result, ClassificationKind.FINAL, null)).isEqualTo(rows(result, ClassificationKind.GENERAL, "3"));
    }

    @Test
    void tiesShareThePositionAndTheNextIsSkipped() {
        // After stage 3 of 2002, Despres and Roma were both first on 32:38; Tiainen third.
        TestEvent event = event(2, entry("despres", 11), entry("roma", 9), entry("tiainen", 5));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("despres", "1", "6:28"), finished("roma", "1", "6:27"), finished("tiainen", "1", "6:17"),
                finished("despres", "2", "26:10"), finished("roma", "2", "26:11"), finished("tiainen", "2", "26:42")));

        assertThat(rows(result, ClassificationKind.GENERAL, "2"))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, r -> Times.format(r.time()))
                .as("equal on time; Despres first on the latest stage's time")
                .containsExactly(
                        tuple(1, "despres", "0:32:38"),
                        tuple(1, "roma", "0:32:38"),
                        tuple(3, "tiainen", "0:32:59"));
    }

    @Test
    void theTieBreakChainIsData() {
        TestEvent event = event(2, entry("despres", 11), entry("roma", 9), entry("tiainen", 5));
        ImmutableList<StageTime> times = Lists.immutable.of(
                finished("despres", "1", "6:28"), finished("roma", "1", "6:27"),
                finished("despres", "2", "26:10"), finished("roma", "2", "26:11"));
        ImmutableList<Classification> byNumber = new ClassificationEngine(TieBreakChain.of(TieBreak.RACE_NUMBER))
                .classify(event.toEvent(), times);
        assertThat(rows(byNumber, ClassificationKind.GENERAL, "2")).extracting(ClassificationRow::entryId)
                .containsExactly("roma", "despres");
        ImmutableList<Classification> bySource = new ClassificationEngine(TieBreakChain.of())
                .classify(event.toEvent(), times);
        assertThat(rows(bySource, ClassificationKind.GENERAL, "2")).extracting(ClassificationRow::entryId)
                .containsExactly("despres", "roma");
    }

    @Test
    void penaltiesCountInTheGeneralNotInTheStageAndShowInTheirOwnColumn() {
        TestEvent event = event(2, entry("peterhansel", null), entry("masuoka", null))
                .withPenalties(Lists.immutable.of(new Penalty("peterhansel", "2", Duration.ofMinutes(14), "speeding", null)));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("peterhansel", "1", "1:00:00"), finished("masuoka", "1", "1:05:00"),
                finished("peterhansel", "2", "2:00:00"), finished("masuoka", "2", "2:00:00")));

        assertThat(rows(result, ClassificationKind.STAGE, "2"))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, r -> Times.format(r.time()),
                        ClassificationRow::penalty)
                .containsExactly(tuple(1, "peterhansel", "2:00:00", Duration.ofMinutes(14)),
                        tuple(1, "masuoka", "2:00:00", null));
        assertThat(rows(result, ClassificationKind.GENERAL, "2"))
                .extracting(ClassificationRow::entryId, r -> Times.format(r.time()), ClassificationRow::penalty)
                .containsExactly(tuple("masuoka", "3:05:00", null),
                        tuple("peterhansel", "3:14:00", Duration.ofMinutes(14)));
    }

    @Test
    void anAwardedTimeCountsForEveryCrewOnACancelledStage() {
        // The 2002 trucks: stage 2 cancelled with 50:00 for all.
        TestEvent event = event(3, entry("chagin", 409), entry("pattono", 401))
                .withStageStatus("2", StageStatus.CANCELLED)
                .withAwardedTimes(Lists.immutable.of(new AwardedTime("trucks", "2", Duration.ofMinutes(50), "n4")));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("pattono", "1", "32:07"), finished("chagin", "1", "33:37"),
                finished("chagin", "3", "59:51"), finished("pattono", "3", "1:30:00")));

        assertThat(result.select(c -> "2".equals(c.stageLabel())).collect(Classification::kind))
                .as("no stage result for a cancelled stage, but a general classification after it")
                .containsExactly(ClassificationKind.GENERAL);
        assertThat(rows(result, ClassificationKind.GENERAL, "3"))
                .extracting(ClassificationRow::entryId, r -> Times.format(r.time()))
                .containsExactly(tuple("chagin", "2:23:28"), tuple("pattono", "2:52:07"));
    }

    @Test
    void awardedRowsOnACancelledStageCountButRankNobody() {
        TestEvent event = event(2, entry("chagin", 409), entry("pattono", 401)).withStageStatus("2", StageStatus.CANCELLED);
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(),
                Lists.immutable.of(finished("pattono", "1", "32:07"), finished("chagin", "1", "33:37"),
                        new StageTime("chagin", "2", Duration.ofMinutes(50), TimingStatus.AWARDED, HERE),
                        new StageTime("pattono", "2", Duration.ofMinutes(50), TimingStatus.AWARDED, HERE)));

        assertThat(result.select(c -> "2".equals(c.stageLabel())).collect(Classification::kind))
                .containsExactly(ClassificationKind.GENERAL);
        assertThat(rows(result, ClassificationKind.GENERAL, "2")).extracting(r -> Times.format(r.time()))
                .containsExactly("1:22:07", "1:23:37");
    }

    @Test
    void aRetiredCrewLeavesTheGeneralFromThatStageButTheStageShowsWhatItDid() {
        TestEvent event = event(3, entry("schlesser", 203), entry("masuoka", 201));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("schlesser", "1", "1:00:00"), finished("masuoka", "1", "1:01:00"),
                new StageTime("schlesser", "2", Duration.ofMinutes(40), TimingStatus.RETIRED, HERE),
                finished("masuoka", "2", "3:00:00"),
                finished("masuoka", "3", "2:00:00")));

        assertThat(rows(result, ClassificationKind.STAGE, "2"))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, ClassificationRow::status,
                        ClassificationRow::time)
                .containsExactly(tuple(1, "masuoka", ResultStatus.CLASSIFIED, Duration.ofHours(3)),
                        tuple(null, "schlesser", ResultStatus.RETIRED, Duration.ofMinutes(40)));
        assertThat(rows(result, ClassificationKind.GENERAL, "2"))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, ClassificationRow::status,
                        ClassificationRow::time)
                .containsExactly(tuple(1, "masuoka", ResultStatus.CLASSIFIED, Duration.ofHours(4).plusMinutes(1)),
                        tuple(null, "schlesser", ResultStatus.RETIRED, null));
        assertThat(rows(result, ClassificationKind.FINAL, null)).extracting(ClassificationRow::entryId,
                ClassificationRow::status).containsExactly(tuple("masuoka", ResultStatus.CLASSIFIED),
                tuple("schlesser", ResultStatus.RETIRED));
        assertThat(rows(result, ClassificationKind.STAGE, "3")).extracting(ClassificationRow::entryId)
                .containsExactly("masuoka");
    }

    @Test
    void aCrewWithoutARowForAStageThatRanIsNotClassified() {
        TestEvent event = event(2, entry("a", 1), entry("b", 2));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("a", "1", "1:00:00"), finished("b", "1", "1:00:01"), finished("a", "2", "1:00:00")));
        assertThat(rows(result, ClassificationKind.FINAL, null)).extracting(ClassificationRow::entryId,
                ClassificationRow::status).containsExactly(tuple("a", ResultStatus.CLASSIFIED),
                tuple("b", ResultStatus.NOT_CLASSIFIED));
    }

    @Test
    void eachClassGetsItsOwnPositionsAndGapsToItsLeader() {
        // The 1974 Rallye de Portugal's times, as one stage; the classes are the test's, not the source's.
        TestEvent event = event(1, classed("pinto", 1, "Group 4"), classed("paganelli", 2, "Group 4"),
                classed("alen", 3, "Group 4"), classed("andersson", 4, "Group 2"), classed("kallstrom", 5, "Group 2"),
                classed("neyret", 6, "Group 4"), classed("fischer", 7, "Group 2"), entry("borges", 10));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(),
                Lists.immutable.of(finished("pinto", "1", "6:26:15"), finished("paganelli", "1", "6:30:12"),
                        finished("alen", "1", "6:37:17"), finished("andersson", "1", "6:40:54"),
                        finished("kallstrom", "1", "6:54:27"), finished("neyret", "1", "7:04:18"),
                        finished("fischer", "1", "7:05:02"), finished("borges", "1", "7:27:55")));

        assertThat(rows(result, ClassificationKind.FINAL, null))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, r -> r.details().classPosition(),
                        r -> r.details().classGap() == null ? null : Times.format(r.details().classGap()),
                        r -> r.gap() == null ? null : Times.format(r.gap()))
                .containsExactly(
                        tuple(1, "pinto", 1, null, null),
                        tuple(2, "paganelli", 2, "0:03:57", "0:03:57"),
                        tuple(3, "alen", 3, "0:11:02", "0:11:02"),
                        tuple(4, "andersson", 1, null, "0:14:39"),
                        tuple(5, "kallstrom", 2, "0:13:33", "0:28:12"),
                        tuple(6, "neyret", 4, "0:38:03", "0:38:03"),
                        tuple(7, "fischer", 3, "0:24:08", "0:38:47"),
                        tuple(8, "borges", null, null, "1:01:40"));
        assertThat(rows(result, ClassificationKind.FINAL, null).getLast().details())
                .as("a crew without a class has no class details").isEqualTo(RowDetails.NONE);
    }

    @Test
    void crewsLevelOnTimeShareTheirClassPositionAndTheNextIsSkipped() {
        // After stage 2, Despres and Roma level on 32:38 (as in 2002), both in class A; Tiainen's
        // 32:59 makes him third overall but first of class B.
        TestEvent event = event(2, classed("despres", 11, "A"), classed("roma", 9, "A"), classed("tiainen", 5, "B"),
                classed("sainct", 1, "A"));
        ImmutableList<Classification> result = ClassificationEngine.withDefaultRules().classify(event.toEvent(), Lists.immutable.of(
                finished("despres", "1", "6:28"), finished("roma", "1", "6:27"), finished("tiainen", "1", "6:17"),
                finished("sainct", "1", "6:40"),
                finished("despres", "2", "26:10"), finished("roma", "2", "26:11"), finished("tiainen", "2", "26:42"),
                finished("sainct", "2", "26:30")));

        assertThat(rows(result, ClassificationKind.GENERAL, "2"))
                .extracting(ClassificationRow::position, ClassificationRow::entryId, r -> r.details().classPosition(),
                        r -> r.details().classGap() == null ? null : Times.format(r.details().classGap()))
                .containsExactly(
                        tuple(1, "despres", 1, null),
                        tuple(1, "roma", 1, null),
                        tuple(3, "tiainen", 1, null),
                        tuple(4, "sainct", 3, "0:00:32"));
        assertThat(rows(result, ClassificationKind.STAGE, "2"))
                .extracting(ClassificationRow::entryId, r -> r.details().classPosition())
                .as("the stage's own result ranks each class on the stage's times")
                .containsExactly(tuple("despres", 1), tuple("roma", 2), tuple("sainct", 3), tuple("tiainen", 1));
    }

    private static ImmutableList<ClassificationRow> rows(ImmutableList<Classification> result, ClassificationKind kind,
            String stage) {
        return result.detect(c -> c.kind() == kind && java.util.Objects.equals(c.stageLabel(), stage)).rows();
    }

    private static StageTime finished(String crew, String stage, String time) {
        return new StageTime(crew, stage, Times.parseClock(time).orElseThrow(), TimingStatus.FINISHED, HERE);
    }

    private static Entry entry(String id, Integer number) {
        return classed(id, number, null);
    }

    private static Entry classed(String id, Integer number, String vehicleClass) {
        return new Entry(id, "trucks", number, Lists.immutable.of(new Person(id, null)), "Kamaz", null, vehicleClass);
    }

    private static TestEvent event(int stageCount, Entry... entries) {
        MutableList<Stage> stages = Lists.mutable.empty();
        for (int s = 1; s <= stageCount; s++) {
            stages.add(stage(s, StageStatus.RUN));
        }
        return new TestEvent(stages, Lists.immutable.of(entries), Lists.immutable.empty(), Lists.immutable.empty());
    }

    private static Stage stage(int ordinal, StageStatus status) {
        return new Stage(ordinal, String.valueOf(ordinal), LocalDate.of(2002, 1, ordinal), new Place("A", null),
                new Place("B", null), BigDecimal.TEN, StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("trucks", status, null)), HERE);
    }

    /** Builds the event step by step; converts to {@link Event} where the engine wants one. */
    private record TestEvent(MutableList<Stage> stages, ImmutableList<Entry> entries, ImmutableList<Penalty> penalties,
            ImmutableList<AwardedTime> awardedTimes) {

        TestEvent withPenalties(ImmutableList<Penalty> more) {
            return new TestEvent(stages, entries, more, awardedTimes);
        }

        TestEvent withAwardedTimes(ImmutableList<AwardedTime> more) {
            return new TestEvent(stages, entries, penalties, more);
        }

        TestEvent withStageStatus(String label, StageStatus status) {
            MutableList<Stage> changed = stages.collect(s -> s.label().equals(label) ? stage(s.ordinal(), status) : s);
            return new TestEvent(changed, entries, penalties, awardedTimes);
        }

        Event toEvent() {
            return new Event("Test Rally", null, null, null, null, "test", Lists.immutable.empty(),
                    Lists.immutable.of(new Category("trucks", "Trucks", Lists.immutable.empty())), stages.toImmutable(),
                    entries, Lists.immutable.empty(), penalties, awardedTimes, Lists.immutable.empty());
        }
    }
}
