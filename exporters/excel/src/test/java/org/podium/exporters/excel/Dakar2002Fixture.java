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
import org.podium.model.Property;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.model.Times;

/**
 * Values from the 2002 Dakar article (Wikipedia, CC BY-SA), built by hand: the three winners'
 * final times, Nani Roma's stage times for stages 2 to 4 and his general after stage 4, plus crews
 * whose names would be formulas if a spreadsheet read them as input.
 */
final class Dakar2002Fixture {

    static final String MEONI_FINAL = "48:00:59";
    static final String MASUOKA_FINAL = "46:11:30";
    static final String CHAGIN_FINAL = "65:12:14";
    static final String ROMA_GENERAL_AFTER_4 = "38:07";

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    private Dakar2002Fixture() {
    }

    static Event event() {
        ImmutableList<Category> categories = Lists.immutable.of(
                new Category("bikes", "Bikes", Lists.immutable.of("Motorcycles")),
                new Category("cars", "Cars", Lists.immutable.empty()),
                new Category("trucks", "Trucks", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(
                stage(1, "1", "2001-12-28", "Arras", "Châteauroux", "465", StageTypes.LIAISON, StageStatus.LIAISON),
                stage(2, "2", "2001-12-29", "Châteauroux", "Narbonne", "598", StageTypes.SPECIAL, StageStatus.RUN),
                stage(3, "3", "2001-12-30", "Narbonne", "Madrid", "930", StageTypes.SPECIAL, StageStatus.RUN),
                stage(4, "4", "2001-12-31", "Madrid", "Almería", "30.3", StageTypes.SPECIAL, StageStatus.RUN),
                new Stage(5, null, LocalDate.parse("2002-01-06"), new Place("Atar", "MRT"), null, null,
                        StageTypes.REST, Lists.immutable.empty(), HERE),
                stage(6, "12A", "2002-01-08", "Atar", "Atar", "404.5", StageTypes.SPECIAL, StageStatus.RUN));

        Entry meoni = entry("bikes-1", "bikes", 1, "KTM", "KTM Factory Team", person("Fabrizio Meoni", "ITA"));
        Entry roma = entry("bikes-nani-roma", "bikes", null, "KTM", null, person("Nani Roma", "ESP"));
        Entry formula = entry("bikes-99", "bikes", 99, "KTM", "=HYPERLINK(\"http://x\",\"x\")",
                person("=SUM(A1:A9)", null));
        Entry masuoka = entry("cars-201", "cars", 201, "Mitsubishi", "+Team Mitsubishi Ralliart",
                person("Hiroshi Masuoka", "JPN"), person("Andreas Schulz", "DEU"));
        Entry dash = entry("cars-250", "cars", 250, "Nissan", "@Team", person("-Minus Driver", "FRA"),
                person("@At Navigator", null));
        Entry chagin = entry("trucks-409", "trucks", 409, "Kamaz", null, person("Vladimir Chagin", "RUS"),
                person("Semen Yakubov", "RUS"), person("Sergey Savostin", "RUS"));

        ImmutableList<Classification> classifications = Lists.immutable.of(
                classification("bikes", ClassificationKind.STAGE, "2", row(3, "bikes-nani-roma", "6:27", "0:15")),
                classification("bikes", ClassificationKind.STAGE, "3", row(2, "bikes-nani-roma", "26:11", "0:01")),
                classification("bikes", ClassificationKind.STAGE, "4", row(1, "bikes-nani-roma", "5:29", null)),
                classification("bikes", ClassificationKind.GENERAL, "4",
                        row(1, "bikes-nani-roma", ROMA_GENERAL_AFTER_4, null)),
                classification("bikes", ClassificationKind.STAGE, "12A",
                        new ClassificationRow(1, "bikes-1", "KTM", Duration.parse("PT44M44.982S"), false, null,
                                null, ResultStatus.CLASSIFIED, HERE)),
                classification("bikes", ClassificationKind.FINAL, null,
                        row(1, "bikes-1", MEONI_FINAL, null),
                        new ClassificationRow(2, "bikes-99", "KTM", Duration.parse("PT54H12M21S"), true,
                                Duration.parse("PT6H11M22S"), Duration.ofMinutes(14), ResultStatus.CLASSIFIED, HERE),
                        new ClassificationRow(null, "bikes-nani-roma", "KTM", null, false, null, null,
                                ResultStatus.RETIRED, HERE)),
                classification("cars", ClassificationKind.FINAL, null,
                        row(1, "cars-201", MASUOKA_FINAL, null),
                        row(2, "cars-250", "47:00:00", "0:48:30")),
                classification("trucks", ClassificationKind.FINAL, null, row(1, "trucks-409", CHAGIN_FINAL, null)));

        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.parse("2001-12-28"),
                LocalDate.parse("2002-01-13"), "The 2002 Dakar Rally.", "articles/2002-dakar-rally.txt",
                Lists.immutable.of(new Property("Country", "FRA, ESP, MAR, SEN")),
                categories, stages, Lists.immutable.of(meoni, roma, formula, masuoka, dash, chagin),
                classifications,
                Lists.immutable.of(new Penalty("bikes-99", "3", Duration.ofMinutes(14), "speeding", "n1")),
                Lists.immutable.empty(),
                Lists.immutable.of(new Note("n1", "bikes", "3", NoteTable.STAGE_RESULTS,
                        "A 14-minute penalty for speeding.", HERE)));
    }

    private static Stage stage(int ordinal, String label, String date, String start, String finish, String km,
            String type, StageStatus status) {
        return new Stage(ordinal, label, LocalDate.parse(date), new Place(start, null), new Place(finish, null),
                new BigDecimal(km), type, Lists.immutable.of(new StageCategory("bikes", status, null),
                        new StageCategory("cars", status, null), new StageCategory("trucks", status, null)),
                HERE);
    }

    private static Person person(String name, String nationality) {
        return new Person(name, nationality);
    }

    private static Entry entry(String id, String category, Integer number, String make, String entrant,
            Person... crew) {
        return new Entry(id, category, number, Lists.immutable.of(crew), make, entrant, null);
    }

    private static Classification classification(String category, ClassificationKind kind, String stage,
            ClassificationRow... rows) {
        return new Classification(category, kind, stage, Basis.REPORTED, true, Lists.immutable.of(rows), HERE);
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        return new ClassificationRow(position, entryId, null, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, HERE);
    }

    static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }
}
