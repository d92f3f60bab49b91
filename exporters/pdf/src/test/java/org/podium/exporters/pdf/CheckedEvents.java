package org.podium.exporters.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
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
 * A two-stage event with what the consistency checks must find planted in it: in the result of
 * stage 2 a gap that is not time − leader's time, and in the general classification after stage 2
 * a time 18 minutes over the sum, which the penalty of note n2 accounts for. Each row has its own
 * line of {@value #FILE}, so findings cite positions a reader can look up.
 */
final class CheckedEvents {

    static final String FILE = "checked.txt";

    static final String CONTRADICTION = "In the result of stage 2 (Cars), Jutta Kleinschmidt is given a gap of"
            + " 0:04:12, but the time 2:04:42 is 0:04:42 behind the leader's 2:00:00.";
    static final String PENALTY_NOTE = "Masuoka was given an 18-minute penalty for missing a passage control.";

    private CheckedEvents() {
    }

    static Event event() {
        return new Event("Checked Rally", null, LocalDate.parse("2002-01-01"), LocalDate.parse("2002-01-02"), null,
                FILE, Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())),
                Lists.immutable.of(stage(1, "2002-01-01", "Arras", "Narbonne"), stage(2, "2002-01-02", "Narbonne", "Madrid")),
                Lists.immutable.of(entry("cars-1", 1, "Hiroshi Masuoka", "JPN"), entry("cars-2", 2, "Jutta Kleinschmidt", "DEU")),
                Lists.immutable.of(
                        table(ClassificationKind.STAGE, "1", row(1, "cars-1", "1:00:00", null, 10),
                                row(2, "cars-2", "1:00:30", "0:30", 11)),
                        table(ClassificationKind.GENERAL, "1", row(1, "cars-1", "1:00:00", null, 14),
                                row(2, "cars-2", "1:00:30", "0:30", 15)),
                        table(ClassificationKind.STAGE, "2", row(1, "cars-1", "2:00:00", null, 20),
                                row(2, "cars-2", "2:04:42", "4:12", 21)),
                        table(ClassificationKind.GENERAL, "2", row(1, "cars-2", "3:05:12", null, 24),
                                row(2, "cars-1", "3:18:00", "12:48", 25))),
                Lists.immutable.of(new Penalty("cars-1", null, Duration.ofMinutes(18), "missing a passage control", "n2")),
                Lists.immutable.empty(),
                Lists.immutable.of(new Note("n2", "cars", null, NoteTable.STAGE_RESULTS, PENALTY_NOTE,
                        SourcePosition.of(FILE, 30, 1))));
    }

    private static Stage stage(int ordinal, String date, String from, String to) {
        return new Stage(ordinal, Integer.toString(ordinal), LocalDate.parse(date), new Place(from, null),
                new Place(to, null), new BigDecimal("400"), StageTypes.SPECIAL,
                Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, null)), SourcePosition.of(FILE, ordinal, 1));
    }

    private static Entry entry(String id, int number, String name, String nation) {
        return new Entry(id, "cars", number, Lists.immutable.of(new Person(name, nation)), "Mitsubishi", null, null);
    }

    private static Classification table(ClassificationKind kind, String stage, ClassificationRow... rows) {
        return new Classification("cars", kind, stage, Basis.REPORTED, true, Lists.immutable.of(rows),
                SourcePosition.of(FILE, rows[0].source().line() - 1, 1));
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap, int line) {
        return new ClassificationRow(position, entryId, null, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, SourcePosition.of(FILE, line, 1));
    }

    private static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }

    /**
     * {@code crews} crews in one stage result, each but the leader with a gap one minute short, so
     * the appendix has that many contradictions to lay out over several pages.
     */
    static Event wrongGaps(int crews) {
        MutableList<Entry> entries = Lists.mutable.empty();
        MutableList<ClassificationRow> rows = Lists.mutable.empty();
        for (int i = 1; i <= crews; i++) {
            entries.add(entry("cars-" + i, i, "Driver Number" + i, "FRA"));
            Duration behind = Duration.ofMinutes(2L * (i - 1));
            Duration gap = i == 1 ? null : behind.minusMinutes(1);
            rows.add(new ClassificationRow(i, "cars-" + i, null, Duration.ofHours(3).plus(behind), false, gap, null,
                    ResultStatus.CLASSIFIED, SourcePosition.of(FILE, 100 + i, 1)));
        }
        return new Event("Checked Rally", null, null, null, null, FILE, Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())),
                Lists.immutable.of(stage(1, "2002-01-01", "Arras", "Narbonne")), entries.toImmutable(),
                Lists.immutable.of(new Classification("cars", ClassificationKind.STAGE, "1", Basis.REPORTED, true,
                        rows.toImmutable(), SourcePosition.of(FILE, 100, 1))),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());
    }
}
