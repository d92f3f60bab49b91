package org.podium.exporters.csv;

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
 * The cars over stages 6 to 8 of the 2002 Dakar, with the article's own times: De Mévius's
 * 18-minute penalty comes from a note that names no stage, and the general classifications after
 * stages 7 and 8 let the consistency checks place it on stage 8 (8:07:40 + 2:36:35 + 18:00 =
 * 11:02:15).
 */
final class DakarCars {

    static final String DE_MEVIUS = "cars-gregoire-de-mevius";
    static final String MASUOKA = "cars-hiroshi-masuoka";
    static final String SHINOZUKA = "cars-kenjiro-shinozuka";
    static final String FONTENAY = "cars-jean-pierre-fontenay";

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    private DakarCars() {
    }

    static Event event() {
        ImmutableList<Stage> stages = Lists.immutable.of(
                stage(6, "2002-01-02", new Place("Er-Rachidia", "MAR"), new Place("Ouarzazate", "MAR"), "576",
                        "S. Peterhansel"),
                stage(7, "2002-01-03", new Place("Ouarzazate", "MAR"), new Place("Tan-Tan", "MAR"), "793",
                        "H. Masuoka"),
                stage(8, "2002-01-04", new Place("Tan-Tan", "MAR"), new Place("Zouerat", null), "739",
                        "K. Shinozuka"));
        ImmutableList<Entry> entries = Lists.immutable.of(
                crew(MASUOKA, "Mitsubishi", "Hiroshi Masuoka", "JPN", "Pascal Maimon", "FRA"),
                crew(SHINOZUKA, "Mitsubishi", "Kenjiro Shinozuka", "JPN", "Thierry Delli-Zotti", "FRA"),
                crew(DE_MEVIUS, "Nissan", "Gr\u00e9goire De M\u00e9vius", "BEL", "Alain Guehennec", "FRA"),
                crew(FONTENAY, "Mitsubishi", "Jean-Pierre Fontenay", "FRA", "Gilles Picard", "FRA"));
        ImmutableList<Classification> classifications = Lists.immutable.of(
                table(ClassificationKind.GENERAL, "6",
                        row(1, MASUOKA, "Mitsubishi", "4:50:16", null),
                        row(2, SHINOZUKA, "Mitsubishi", "4:52:20", "2:04"),
                        row(3, DE_MEVIUS, "Nissan", "4:54:03", "3:47")),
                table(ClassificationKind.STAGE, "7",
                        row(1, MASUOKA, "Mitsubishi", "3:13:23", null),
                        row(2, DE_MEVIUS, "Nissan", "3:13:37", "0:14"),
                        row(3, SHINOZUKA, "Mitsubishi", "3:14:44", "1:21")),
                table(ClassificationKind.GENERAL, "7",
                        row(1, MASUOKA, "Mitsubishi", "8:03:39", null),
                        row(2, SHINOZUKA, "Mitsubishi", "8:07:04", "3:25"),
                        row(3, DE_MEVIUS, "Nissan", "8:07:40", "4:01")),
                table(ClassificationKind.STAGE, "8",
                        row(1, SHINOZUKA, "Mitsubishi", "2:34:43", null),
                        row(2, FONTENAY, "Mitsubishi", "2:35:59", "1:16"),
                        row(3, DE_MEVIUS, "Nissan", "2:36:35", "1:52")),
                table(ClassificationKind.GENERAL, "8",
                        row(1, MASUOKA, "Mitsubishi", "10:41:20", null),
                        row(2, SHINOZUKA, "Mitsubishi", "10:41:47", "0:27"),
                        row(3, DE_MEVIUS, "Nissan", "11:02:15", "20:55")));
        Note note = new Note("n1", "cars", null, NoteTable.STAGE_RESULTS,
                "De M\u00e9vius earned an 18-minute penalty for failing to complete the liaison section in the"
                        + " allotted time.", HERE);
        return new Event("2002 Arras\u2013Madrid\u2013Dakar Rally", "24", LocalDate.parse("2001-12-28"),
                LocalDate.parse("2002-01-13"), null, "2002-dakar-rally.txt", Lists.immutable.empty(),
                Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())), stages, entries,
                classifications,
                Lists.immutable.of(new Penalty(DE_MEVIUS, null, Duration.ofMinutes(18),
                        "failing to complete the liaison section in the allotted time", "n1")),
                Lists.immutable.empty(), Lists.immutable.of(note));
    }

    private static Stage stage(int label, String date, Place start, Place finish, String km, String winner) {
        return new Stage(label, Integer.toString(label), LocalDate.parse(date), start, finish, new BigDecimal(km),
                StageTypes.SPECIAL, Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, winner)), HERE);
    }

    private static Entry crew(String id, String make, String driver, String driverCode, String codriver,
            String codriverCode) {
        return new Entry(id, "cars", null, Lists.immutable.of(new Person(driver, driverCode),
                new Person(codriver, codriverCode)), make, null, null);
    }

    private static Classification table(ClassificationKind kind, String stage, ClassificationRow... rows) {
        return new Classification("cars", kind, stage, Basis.REPORTED, false, Lists.immutable.of(rows), HERE);
    }

    private static ClassificationRow row(int position, String entryId, String make, String time, String gap) {
        return new ClassificationRow(position, entryId, make, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, HERE);
    }

    private static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }
}
