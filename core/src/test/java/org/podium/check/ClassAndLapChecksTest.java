package org.podium.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
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

/**
 * Class gaps and class positions against the class leader, and crews classified on laps. The
 * times are the 1974 Rallye de Portugal's final classification (Group 4 and Group 2 are the
 * test's classes, not the source's) and the 2008 Malaysian motorcycle Grand Prix's 125cc race.
 */
class ClassAndLapChecksTest {

    private static final String G4 = "Group 4";
    private static final String G2 = "Group 2";

    private static final ImmutableList<Entry> RALLY = Lists.immutable.of(
            crew("cars-1", 1, "Raffaele Pinto", G4), crew("cars-2", 2, "Alcide Paganelli", G4),
            crew("cars-3", 3, "Markku Alén", G4), crew("cars-4", 4, "Ove Andersson", G2),
            crew("cars-5", 5, "Harry Källström", G2), crew("cars-6", 6, "Bob Neyret", G4),
            crew("cars-7", 7, "Georg Fischer", G2));

    private static final ImmutableList<Entry> RIDERS = Lists.immutable.of(
            crew("cars-1", 1, "Gábor Talmácsi", null), crew("cars-48", 48, "Bastien Chesaux", null),
            crew("cars-95", 95, "Robert Muresan", null), crew("cars-12", 12, "Esteve Rabat", null));

    @Test
    void theWholeClassificationWithItsClassesAgrees() {
        Classification standings = table(
                row(1, "cars-1", "6:26:15", null, 1, null),
                row(2, "cars-2", "6:30:12", "3:57", 2, "3:57"),
                row(3, "cars-3", "6:37:17", "11:02", 3, "11:02"),
                row(4, "cars-4", "6:40:54", "14:39", 1, null),
                row(5, "cars-5", "6:54:27", "28:12", 2, "13:33"),
                row(6, "cars-6", "7:04:18", "38:03", 4, "38:03"),
                row(7, "cars-7", "7:05:02", "38:47", 3, "24:08"));

        assertThat(ConsistencyChecks.of(event(RALLY, standings))).isEmpty();
    }

    /**
     * The case: a class table ({@code 1. (4.)}) whose gaps are to the class leader, stored
     * as class gaps with no overall gap. Nothing is read as a gap to the overall leader.
     */
    @Test
    void aClassTableWithClassGapsAndNoOverallGapsHasNoFinding() {
        Classification groupTwo = table(
                row(4, "cars-4", "6:40:54", null, 1, null),
                row(5, "cars-5", "6:54:27", null, 2, "13:33"),
                row(7, "cars-7", "7:05:02", null, 3, "24:08"));

        assertThat(ConsistencyChecks.of(event(RALLY, groupTwo))).isEmpty();
    }

    @Test
    void aClassGapThatIsNotTimeMinusTheClassLeadersTime() {
        Classification standings = table(
                row(1, "cars-1", "6:26:15", null, 1, null),
                row(4, "cars-4", "6:40:54", "14:39", 1, null),
                row(5, "cars-5", "6:54:27", "28:12", 2, "13:35"));

        Finding finding = only(ConsistencyChecks.of(event(RALLY, standings)));

        assertThat(finding.severity()).isEqualTo(FindingSeverity.CONTRADICTION);
        assertThat(finding.classification()).isEqualTo("final");
        assertThat(finding.expected()).isEqualTo("0:13:33");
        assertThat(finding.found()).isEqualTo("0:13:35");
        assertThat(finding.entryIds()).containsExactly("cars-5", "cars-4");
        assertThat(finding.message()).isEqualTo("In the final standings (Cars), Harry Källström is given a gap of"
                + " 0:13:35 to the leader of class Group 2, but the time 6:54:27 is 0:13:33 behind the class leader"
                + " Ove Andersson's 6:40:54.");
    }

    @Test
    void classPositionsOutOfTimeOrderAndSharedOnUnequalTimes() {
        Classification standings = table(
                row(1, "cars-1", "6:26:15", null, 1, null),
                row(2, "cars-2", "6:30:12", null, 1, null),
                row(4, "cars-4", "6:40:54", null, 1, null),
                row(5, "cars-5", "6:54:27", null, 3, null),
                row(7, "cars-7", "7:05:02", null, 2, null));

        assertThat(ConsistencyChecks.of(event(RALLY, standings))).extracting(Finding::message).containsExactly(
                "In the final standings (Cars), Raffaele Pinto and Alcide Paganelli share position 1 in class"
                        + " Group 4 but their times differ (6:26:15 and 6:30:12).",
                "In the final standings (Cars), Harry Källström is placed 3 in class Group 2 with 6:54:27, faster than"
                        + " Georg Fischer placed 2 in the class with 7:05:02.");
    }

    @Test
    void withoutTimesClassPositionsFollowTheOverallOrder() {
        Classification standings = table(
                row(4, "cars-4", null, null, 2, null),
                row(5, "cars-5", null, null, 1, null));

        assertThat(only(ConsistencyChecks.of(event(RALLY, standings))).message()).isEqualTo("In the final standings"
                + " (Cars), Ove Andersson is placed 4 overall but 2 in class Group 2, behind Harry Källström, placed 5"
                + " overall and 1 in the class.");
    }

    @Test
    void classGapsAreNotCheckedWhenTheClassLeaderIsNotInTheTable() {
        // A top three overall holds no Group 2 crew; a class table of Group 2's second and third
        // alone cannot show its leader's time.
        Classification lowerGroupTwo = table(
                row(5, "cars-5", "6:54:27", null, 2, "13:33"),
                row(7, "cars-7", "7:05:02", null, 3, "24:09"));

        assertThat(ConsistencyChecks.of(event(RALLY, lowerGroupTwo))).isEmpty();
    }

    @Test
    void aCrewLapsBehindHasNoTimeGapCheckAndIsPlacedAfterThoseOnTheLeadersLap() {
        // 125cc, Sepang 2008: Chesaux 21st at +1:46.609 with 19 laps, Muresan 22nd at +1 lap with 18.
        Classification race = table(
                laps(row(1, "cars-1", "43:00.716", null, null, null), 19, null),
                laps(row(21, "cars-48", "44:47.325", "1:46.609", null, null), 19, null),
                laps(row(22, "cars-95", "43:20.000", "0:01", null, null), 18, 1),
                retired("cars-12", 17, "Retirement"));

        assertThat(ConsistencyChecks.of(event(RIDERS, race)))
                .as("a time and a gap beside +1 lap are for fewer laps: not compared with the leader's").isEmpty();
    }

    @Test
    void aCrewWithFewerLapsAndATimeIsNotComparedOnTime() {
        // A source that gives the lapped rider's own time for his 18 laps, and no "+1 lap".
        Classification race = table(
                laps(row(1, "cars-1", "43:00.716", null, null, null), 19, null),
                laps(row(21, "cars-48", "44:47.325", "1:46.609", null, null), 19, null),
                laps(row(22, "cars-95", "43:20.000", null, null, null), 18, null));

        assertThat(ConsistencyChecks.of(event(RIDERS, race))).isEmpty();
    }

    @Test
    void fewerLapsBehindPlacedAfterMoreIsAContradiction() {
        Classification race = table(
                laps(row(1, "cars-1", "43:00.716", null, null, null), 19, null),
                laps(row(21, "cars-95", null, null, null, null), 18, 1),
                laps(row(22, "cars-48", "44:47.325", "1:46.609", null, null), 19, null));

        assertThat(ConsistencyChecks.of(event(RIDERS, race))).extracting(Finding::message).containsExactly(
                "In the final standings (Cars), Bastien Chesaux is placed 22, on the leader's lap, after Robert"
                        + " Muresan, placed 21, 1 lap behind the leader.");
    }

    @Test
    void lapsBehindThatAreNotTheLeadersLapsMinusTheCrewsAreAContradiction() {
        Classification race = table(
                laps(row(1, "cars-1", "43:00.716", null, null, null), 19, null),
                laps(row(22, "cars-95", null, null, null, null), 18, 2));

        Finding finding = only(ConsistencyChecks.of(event(RIDERS, race)));
        assertThat(finding.entryIds()).containsExactly("cars-95", "cars-1");
        assertThat(finding.message()).isEqualTo("In the final standings (Cars), Robert Muresan is given 2 laps behind,"
                + " but 18 laps are 1 lap behind the leader's 19.");
    }

    @Test
    void moreLapsCompletedPlacedAfterFewerIsAContradiction() {
        Classification race = table(
                laps(row(1, "cars-1", "43:00.716", null, null, null), 19, null),
                laps(row(2, "cars-95", null, null, null, null), 18, null),
                laps(row(3, "cars-48", null, null, null, null), 19, null));

        assertThat(only(ConsistencyChecks.of(event(RIDERS, race))).message()).isEqualTo("In the final standings"
                + " (Cars), Bastien Chesaux is placed 3 with 19 laps, after Robert Muresan placed 2 with 18 laps.");
    }

    private static Finding only(ImmutableList<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.getFirst();
    }

    private static Entry crew(String id, Integer number, String name, String vehicleClass) {
        return new Entry(id, "cars", number, Lists.immutable.of(new Person(name, null)), null, null, vehicleClass);
    }

    private static int line;

    private static ClassificationRow row(Integer position, String entryId, String time, String gap,
            Integer classPosition, String classGap) {
        line++;
        return new ClassificationRow(position, entryId, null, clock(time), false, clock(gap), null,
                ResultStatus.CLASSIFIED, SourcePosition.of("a.txt", line, 1),
                RowDetails.NONE.withClassPosition(classPosition).withClassGap(clock(classGap)));
    }

    private static ClassificationRow laps(ClassificationRow row, int laps, Integer behind) {
        return row.withDetails(row.details().withLaps(laps).withLapsBehind(behind));
    }

    private static ClassificationRow retired(String entryId, int laps, String reason) {
        line++;
        return new ClassificationRow(null, entryId, null, null, false, null, null, ResultStatus.RETIRED,
                SourcePosition.of("a.txt", line, 1), RowDetails.NONE.withLaps(laps).withStatusReason(reason));
    }

    private static Duration clock(String text) {
        return text == null ? null : Times.parseClock(text).orElseThrow();
    }

    private static Classification table(ClassificationRow... rows) {
        return new Classification("cars", ClassificationKind.FINAL, null, Basis.REPORTED, true,
                Lists.immutable.of(rows), SourcePosition.UNKNOWN);
    }

    private static Event event(ImmutableList<Entry> entries, Classification classification) {
        line = 0;
        MutableList<Stage> stages = Lists.mutable.of(new Stage(1, "1", LocalDate.of(1974, 3, 20), new Place("Lisboa", null),
                new Place("Lisboa", null), BigDecimal.ONE, StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, null)), SourcePosition.UNKNOWN));
        return new Event("Test Rally", null, null, null, null, "a.txt", Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())), stages.toImmutable(), entries,
                Lists.immutable.of(classification), Lists.immutable.empty(), Lists.immutable.empty(),
                Lists.immutable.empty());
    }
}
