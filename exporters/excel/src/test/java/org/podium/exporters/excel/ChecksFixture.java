package org.podium.exporters.excel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
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

/**
 * A small event with findings planted, each at a known source line of {@code a.txt}:
 * <ul>
 * <li>Cars, stage 1 (lines 1-2): Kleinschmidt's gap is 0:04:12 where the times give 0:04:42.</li>
 * <li>Bikes, stage 1 (lines 3-4): Sainct's gap is 0:00:30 where the times give 0:01:00.</li>
 * <li>Cars, general after 2 (line 10): Masuoka's 3:54:35 is 18 minutes more than the previous general
 * plus the stage, and note n3's 18-minute penalty explains it.</li>
 * <li>Cars, itinerary of stage 1: the winner is written "J. Kleinschmidt", but Masuoka is first.</li>
 * </ul>
 */
final class ChecksFixture {

    static final String PENALTY_NOTE = "Hiroshi Masuoka was given an 18-minute penalty for a late arrival.";

    private static int line;

    private ChecksFixture() {
    }

    static Event event() {
        line = 0;
        ImmutableList<Classification> classifications = Lists.immutable.of(
                table("cars", ClassificationKind.STAGE, "1", row(1, "cars-1", "1:00:00", null),
                        row(2, "cars-2", "1:04:42", "4:12")),
                table("bikes", ClassificationKind.STAGE, "1", row(1, "bikes-1", "1:00:00", null),
                        row(2, "bikes-2", "1:01:00", "0:30")),
                table("cars", ClassificationKind.GENERAL, "1", row(1, "cars-1", "1:00:00", null),
                        row(2, "cars-2", "1:04:42", "4:42")),
                table("cars", ClassificationKind.STAGE, "2", row(1, "cars-1", "2:36:35", null),
                        row(2, "cars-2", "2:40:00", "3:25")),
                table("cars", ClassificationKind.GENERAL, "2", row(1, "cars-2", "3:44:42", null),
                        row(2, "cars-1", "3:54:35", "9:53")));
        return new Event("Test Rally", null, null, null, null, "a.txt", Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty()),
                        new Category("bikes", "Bikes", Lists.immutable.empty())),
                Lists.immutable.of(stage(1, "J. Kleinschmidt"), stage(2, null)),
                Lists.immutable.of(
                        entry("cars-1", "cars", 201, new Person("Hiroshi Masuoka", "JPN"),
                                new Person("Andreas Schulz", "DEU")),
                        entry("cars-2", "cars", 205, new Person("Jutta Kleinschmidt", "DEU"),
                                new Person("Fabrizia Pons", "ITA")),
                        entry("bikes-1", "bikes", 1, new Person("Fabrizio Meoni", "ITA")),
                        entry("bikes-2", "bikes", 2, new Person("Richard Sainct", "FRA"))),
                classifications,
                Lists.immutable.of(new Penalty("cars-1", null, Duration.ofMinutes(18), "late arrival", "n3")),
                Lists.immutable.empty(),
                Lists.immutable.of(new Note("n3", "cars", null, NoteTable.STAGE_RESULTS, PENALTY_NOTE,
                        SourcePosition.UNKNOWN)));
    }

    private static Stage stage(int ordinal, String carsWinner) {
        return new Stage(ordinal, String.valueOf(ordinal), LocalDate.of(2002, 1, ordinal), new Place("A", null),
                new Place("B", null), BigDecimal.ONE, StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, carsWinner),
                        new StageCategory("bikes", StageStatus.RUN, null)),
                SourcePosition.UNKNOWN);
    }

    private static Entry entry(String id, String category, int number, Person... crew) {
        return new Entry(id, category, number, Lists.immutable.of(crew), null, null, null);
    }

    private static Classification table(String category, ClassificationKind kind, String stage,
            ClassificationRow... rows) {
        return new Classification(category, kind, stage, Basis.REPORTED, true, Lists.immutable.of(rows),
                SourcePosition.UNKNOWN);
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        line++;
        return new ClassificationRow(position, entryId, null, Times.parseClock(time).orElseThrow(), false,
                gap == null ? null : Times.parseClock(gap).orElseThrow(), null, ResultStatus.CLASSIFIED,
                SourcePosition.of("a.txt", line, 1));
    }
}
