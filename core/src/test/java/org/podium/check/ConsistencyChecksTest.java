package org.podium.check;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;

/** Small hand-built events, each with one thing planted, and the exact finding expected. */
class ConsistencyChecksTest {

    private static final ImmutableList<Entry> CREWS = Lists.immutable.of(
            entry("cars-1", "Hiroshi Masuoka"), entry("cars-2", "Jutta Kleinschmidt"),
            entry("cars-3", "Jean-Pierre Fontenay"), entry("cars-4", "Stéphane Peterhansel"));

    @Test
    void aCleanEventHasNoFinding() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null), row(2, "cars-2", "1:00:30", "0:30")),
                general("1", row(1, "cars-1", "1:00:00", null), row(2, "cars-2", "1:00:30", "0:30")),
                stage("2", "2", row(1, "cars-2", "2:00:00", null), row(2, "cars-1", "2:00:10", "0:10")),
                general("2", row(1, "cars-1", "3:00:10", null), row(2, "cars-2", "3:00:30", "0:20")),
                fin(row(1, "cars-1", "3:00:10", null), row(2, "cars-2", "3:00:30", "0:20")));
        assertThat(ConsistencyChecks.of(event.event())).isEmpty();
    }

    @Test
    void aGapThatIsNotTimeMinusTheLeadersTime() {
        TestEvent event = event(stage("1", "1", row(1, "cars-1", "6:10:06", null), row(2, "cars-2", "6:14:48", "4:12")));
        Finding finding = only(ConsistencyChecks.of(event.event()));
        assertThat(finding.severity()).isEqualTo(FindingSeverity.CONTRADICTION);
        assertThat(finding.classification()).isEqualTo("stage");
        assertThat(finding.stageLabel()).isEqualTo("1");
        assertThat(finding.expected()).isEqualTo("0:04:42");
        assertThat(finding.found()).isEqualTo("0:04:12");
        assertThat(finding.entryIds()).containsExactly("cars-2", "cars-1");
        assertThat(finding.message()).isEqualTo("In the result of stage 1 (Cars), Jutta Kleinschmidt is given a gap of"
                + " 0:04:12, but the time 6:14:48 is 0:04:42 behind the leader's 6:10:06.");
        assertThat(finding.sources().collect(SourcePosition::describe)).containsExactly("a.txt:2:1", "a.txt:1:1");
    }

    @Test
    void positionsOutOfTimeOrderAndTiesOnUnequalTimes() {
        TestEvent event = event(stage("1", "1", row(1, "cars-1", "1:00:00", null), row(1, "cars-2", "1:00:01", null),
                row(3, "cars-3", "0:59:00", null)));
        assertThat(ConsistencyChecks.of(event.event())).extracting(Finding::message).containsExactly(
                "In the result of stage 1 (Cars), Hiroshi Masuoka and Jutta Kleinschmidt share position 1 but their"
                        + " times differ (1:00:00 and 1:00:01).",
                "In the result of stage 1 (Cars), Jean-Pierre Fontenay is placed 3 with 0:59:00, faster than"
                        + " Jutta Kleinschmidt placed 1 with 1:00:01.");
    }

    @Test
    void aGeneralTimeThatIsNotThePreviousPlusTheStage() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null)),
                general("1", row(1, "cars-1", "1:00:00", null)),
                stage("2", "2", row(1, "cars-1", "2:00:00", null)),
                general("2", row(1, "cars-1", "3:00:05", null)));
        Finding finding = only(ConsistencyChecks.of(event.event()));
        assertThat(finding.severity()).isEqualTo(FindingSeverity.CONTRADICTION);
        assertThat(finding.classification()).isEqualTo("general");
        assertThat(finding.expected()).isEqualTo("3:00:00");
        assertThat(finding.found()).isEqualTo("3:00:05");
        assertThat(finding.message()).contains("a difference of +0:00:05 that no note explains");
    }

    @Test
    void aPenaltyFromANoteExplainsTheDifferenceAndPlacesItsStage() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null)),
                general("1", row(1, "cars-1", "1:00:00", null)),
                stage("2", "2", row(1, "cars-1", "2:36:35", null)),
                general("2", row(1, "cars-1", "3:54:35", null)))
                .withPenalties(Lists.immutable.of(new Penalty("cars-1", null, Duration.ofMinutes(18), "late", "n3")));
        Finding finding = only(ConsistencyChecks.of(event.event()));
        assertThat(finding.severity()).isEqualTo(FindingSeverity.EXPLAINED);
        assertThat(finding.noteId()).isEqualTo("n3");
        assertThat(finding.message()).endsWith("the 18-minute penalty accounts for the difference, and places it on stage 2.");
    }

    @Test
    void thePlacedStageBecomesDataMarkedInferredAndAPlacedEventGivesTheSameFindings() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null)),
                general("1", row(1, "cars-1", "1:00:00", null)),
                stage("2", "2", row(1, "cars-1", "2:36:35", null)),
                general("2", row(1, "cars-1", "3:54:35", null)))
                .withPenalties(Lists.immutable.of(new Penalty("cars-1", null, Duration.ofMinutes(18), "late", "n3")));
        CheckOutcome outcome = ConsistencyChecks.run(event.event());
        Penalty placed = outcome.withInferredStages().penalties().getOnly();
        assertThat(placed.stageLabel()).isEqualTo("2");
        assertThat(placed.stageInferred()).isTrue();
        assertThat(placed.statedStage()).as("the source still does not state it").isNull();
        // Read back from a data package, the inferred stage is not taken for the source's word.
        CheckOutcome again = ConsistencyChecks.run(outcome.withInferredStages());
        assertThat(again.findings()).isEqualTo(outcome.findings());
        assertThat(again.withInferredStages()).isEqualTo(outcome.withInferredStages());
    }

    @Test
    void aPenaltyExplainedOverSeveralStagesIsNotPlacedOnAnyOne() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null)),
                general("1", row(1, "cars-1", "1:00:00", null)),
                stage("3", "3", row(1, "cars-1", "2:00:00", null)),
                general("3", row(1, "cars-1", "3:18:00", null)))
                .withPenalties(Lists.immutable.of(new Penalty("cars-1", null, Duration.ofMinutes(18), "late", "n3")));
        CheckOutcome outcome = ConsistencyChecks.run(event.event());
        assertThat(only(outcome.findings().reject(f -> f.severity() == FindingSeverity.INFO)).message())
                .endsWith("places it between stage 1 and stage 3.");
        assertThat(outcome.withInferredStages().penalties().getOnly().stageLabel())
                .as("stage 2 or 3: the arithmetic cannot tell").isNull();
    }

    @Test
    void anAwardedTimeWithoutStageIsPlacedOnTheCancelledStage() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "33:37", null)),
                general("1", row(1, "cars-1", "33:37", null)),
                stage("3", "3", row(1, "cars-1", "59:51", null)),
                general("3", row(1, "cars-1", "2:23:28", null)))
                .withCancelledStage2()
                .withAwardedTimes(Lists.immutable.of(new AwardedTime("cars", null, Duration.ofMinutes(50), "n4")));
        Finding finding = only(ConsistencyChecks.of(event.event()));
        assertThat(finding.severity()).isEqualTo(FindingSeverity.EXPLAINED);
        assertThat(finding.noteId()).isEqualTo("n4");
        assertThat(finding.message()).endsWith("the awarded time of 0:50:00 accounts for the difference, and places it"
                + " on stage 2, cancelled for Cars.");
        AwardedTime placed = ConsistencyChecks.run(event.event()).withInferredStages().awardedTimes().getOnly();
        assertThat(placed.stageLabel()).isEqualTo("2");
        assertThat(placed.stageInferred()).isTrue();
    }

    @Test
    void aCrewAbsentFromATopNItsTimeWouldEnter() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null), row(2, "cars-4", "1:00:10", "0:10")),
                general("1", row(1, "cars-1", "1:00:00", null), row(2, "cars-4", "1:00:10", "0:10")),
                stage("2", "2", row(1, "cars-4", "1:00:00", null), row(2, "cars-1", "1:00:05", "0:05")),
                general("2", row(1, "cars-1", "2:00:05", null), row(2, "cars-2", "2:01:00", "0:55")));
        ImmutableList<Finding> findings = ConsistencyChecks.of(event.event()).reject(f -> f.severity() == FindingSeverity.INFO);
        assertThat(only(findings).message()).isEqualTo("Stéphane Peterhansel is absent from the general classification"
                + " after stage 2 (Cars) although the previous general time plus the stage time give 2:00:10, ahead of"
                + " Jutta Kleinschmidt's 2:01:00.");

        TestEvent explained = event.withPenalties(Lists.immutable.of(
                new Penalty("cars-4", null, Duration.ofMinutes(14), "speeding", "n2")));
        Finding finding = only(ConsistencyChecks.of(explained.event()).reject(f -> f.severity() == FindingSeverity.INFO));
        assertThat(finding.severity()).isEqualTo(FindingSeverity.EXPLAINED);
        assertThat(finding.message()).endsWith("the 14-minute penalty accounts for it, and places it on stage 2.");
    }

    @Test
    void aFirstGeneralTableAfterStagesThatRanIsNotTakenAsTheStart() {
        TestEvent event = event(
                stage("2", "2", row(1, "cars-1", "2:00:00", null)),
                general("2", row(1, "cars-1", "3:00:00", null)));
        Finding finding = only(ConsistencyChecks.of(event.event()));
        assertThat(finding.severity()).as("stage 1 ran, but the source gives no general after it")
                .isEqualTo(FindingSeverity.INFO);
    }

    @Test
    void whatATopThreeCannotShowIsInfoNotAnError() {
        TestEvent event = event(
                stage("1", "1", row(1, "cars-1", "1:00:00", null)),
                general("1", row(1, "cars-1", "1:00:00", null)),
                stage("2", "2", row(1, "cars-1", "2:00:00", null)),
                general("2", row(1, "cars-1", "3:00:00", null), row(2, "cars-3", "3:10:00", "10:00")));
        Finding finding = only(ConsistencyChecks.of(event.event()));
        assertThat(finding.severity()).isEqualTo(FindingSeverity.INFO);
        assertThat(finding.message()).contains("Jean-Pierre Fontenay is not in both the stage's result and the previous"
                + " general classification");
    }

    @Test
    void finalStandingsAgainstTheLastGeneral() {
        TestEvent event = event(
                general("3", row(1, "cars-1", "46:11:30", null), row(2, "cars-2", "46:33:31", "22:01")),
                fin(row(1, "cars-1", "46:11:30", null), row(2, "cars-2", "46:33:30", "22:00")));
        assertThat(only(ConsistencyChecks.of(event.event())).message()).isEqualTo("In the final standings (Cars), Jutta"
                + " Kleinschmidt has 46:33:30, but 46:33:31 in the general classification after stage 3 (Cars).");
    }

    @Test
    void reportedWinnersAreMatchedByInitialsAndSurname() {
        TestEvent event = event(stage("1", "1", row(1, "cars-3", "1:00:00", null)))
                .withWinner("J-P. Fontenay");
        assertThat(ConsistencyChecks.of(event.event())).isEmpty();
        TestEvent wrong = event(stage("1", "1", row(1, "cars-3", "1:00:00", null))).withWinner("H. Masuoka");
        Finding finding = only(ConsistencyChecks.of(wrong.event()));
        assertThat(finding.classification()).isEqualTo("itinerary");
        assertThat(finding.message()).isEqualTo("The itinerary names H. Masuoka as the winner of stage 1 (Cars), but"
                + " Jean-Pierre Fontenay is first in its result.");
        assertThat(WinnerChecks.names("J. de Rooy", new Person("Jan de Rooy", "NED"))).isTrue();
        assertThat(WinnerChecks.names("J. de Rooy", new Person("Gérard de Rooy", "NED"))).isFalse();
        assertThat(WinnerChecks.names("C. de Gavardo", new Person("Carlo de Gavardo", "CHL"))).isTrue();
    }

    private static Finding only(ImmutableList<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.getFirst();
    }

    private static Entry entry(String id, String name) {
        return new Entry(id, "cars", null, Lists.immutable.of(new Person(name, null)), "Mitsubishi", null, null);
    }

    private static int line = 0;

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        line++;
        return new ClassificationRow(position, entryId, null, Times.parseClock(time).orElseThrow(), false,
                gap == null ? null : Times.parseClock(gap).orElseThrow(), null, ResultStatus.CLASSIFIED,
                SourcePosition.of("a.txt", line, 1));
    }

    private static Classification stage(String label, String ignored, ClassificationRow... rows) {
        return table(ClassificationKind.STAGE, label, rows);
    }

    private static Classification general(String label, ClassificationRow... rows) {
        return table(ClassificationKind.GENERAL, label, rows);
    }

    private static Classification fin(ClassificationRow... rows) {
        return table(ClassificationKind.FINAL, null, rows);
    }

    private static Classification table(ClassificationKind kind, String label, ClassificationRow... rows) {
        return new Classification("cars", kind, label, Basis.REPORTED, false, Lists.immutable.of(rows),
                SourcePosition.UNKNOWN);
    }

    private static TestEvent event(Classification... classifications) {
        line = 0;
        MutableList<Stage> stages = Lists.mutable.empty();
        for (int s = 1; s <= 3; s++) {
            stages.add(stageOf(s, StageStatus.RUN, null));
        }
        return new TestEvent(stages.toImmutable(), Lists.immutable.of(classifications), Lists.immutable.empty(),
                Lists.immutable.empty());
    }

    private static Stage stageOf(int ordinal, StageStatus status, String winner) {
        return new Stage(ordinal, String.valueOf(ordinal), LocalDate.of(2002, 1, ordinal), new Place("A", null),
                new Place("B", null), BigDecimal.ONE, StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("cars", status, winner)), SourcePosition.UNKNOWN);
    }

    /** An event under construction; {@link ConsistencyChecks#of} takes {@link #event()}. */
    private record TestEvent(ImmutableList<Stage> stages, ImmutableList<Classification> classifications,
            ImmutableList<Penalty> penalties, ImmutableList<AwardedTime> awardedTimes) {

        TestEvent withPenalties(ImmutableList<Penalty> more) {
            return new TestEvent(stages, classifications, more, awardedTimes);
        }

        TestEvent withAwardedTimes(ImmutableList<AwardedTime> more) {
            return new TestEvent(stages, classifications, penalties, more);
        }

        TestEvent withCancelledStage2() {
            return new TestEvent(stages.collect(s -> s.label().equals("2") ? stageOf(2, StageStatus.CANCELLED, null) : s),
                    classifications, penalties, awardedTimes);
        }

        TestEvent withWinner(String winner) {
            return new TestEvent(stages.collect(s -> s.label().equals("1") ? stageOf(1, StageStatus.RUN, winner) : s),
                    classifications, penalties, awardedTimes);
        }

        Event event() {
            return new Event("Test Rally", null, null, null, null, "a.txt", Lists.immutable.empty(),
                    Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())), stages, CREWS,
                    classifications, penalties, awardedTimes, Lists.immutable.empty());
        }
    }
}
