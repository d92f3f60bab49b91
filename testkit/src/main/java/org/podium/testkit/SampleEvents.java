package org.podium.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.AwardedTime;
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
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;

/**
 * Hand-built events for plugin tests, with every feature of the model: a rest day, a loop stage, a
 * liaison-only stage, a stage cancelled for one category with an awarded time whose stage is
 * unknown, a tie, crews of one to three with accents, a penalty from a note, a final total derived
 * from a gap, text that needs escaping. Values are taken from the 2002 Dakar article.
 */
public final class SampleEvents {

    private static final SourcePosition HERE = SourcePosition.UNKNOWN;

    private SampleEvents() {
    }

    /** A small excerpt of the 2002 Dakar: bikes and trucks over stages 1–4, a rest day, a loop. */
    public static Event dakarExcerpt() {
        ImmutableList<Category> categories = Lists.immutable.of(
                new Category("bikes", "Bikes", Lists.immutable.of("Motorcycles")),
                new Category("trucks", "Trucks", Lists.immutable.empty()));

        ImmutableList<Stage> stages = Lists.immutable.of(
                stage(1, "1", "2001-12-28", place("Arras", "FRA"), place("Châteauroux", "FRA"), "465",
                        StageTypes.LIAISON,
                        new StageCategory("bikes", StageStatus.LIAISON, null),
                        new StageCategory("trucks", StageStatus.LIAISON, null)),
                stage(2, "2", "2001-12-29", place("Châteauroux", "FRA"), place("Narbonne", "FRA"), "598",
                        StageTypes.SPECIAL,
                        new StageCategory("bikes", StageStatus.RUN, "P. Quinonero"),
                        new StageCategory("trucks", StageStatus.CANCELLED, null)),
                stage(3, "3", "2001-12-30", place("Narbonne", "FRA"), place("Madrid", "ESP"), "930",
                        StageTypes.SPECIAL,
                        new StageCategory("bikes", StageStatus.RUN, "R. Sainct"),
                        new StageCategory("trucks", StageStatus.RUN, "C. Pattono")),
                new Stage(4, null, LocalDate.parse("2002-01-06"), place("Atar", null), null, null,
                        StageTypes.REST, Lists.immutable.empty(), HERE),
                stage(5, "10", "2002-01-07", place("Atar", null), place("Atar", null), "404.5",
                        StageTypes.SPECIAL,
                        new StageCategory("bikes", StageStatus.RUN, "A. Cox"),
                        new StageCategory("trucks", StageStatus.RUN, "A. de Azevedo")));

        Person quinonero = new Person("Pierre Quinonero", "FRA");
        Entry meoni = new Entry("bikes-1", "bikes", 1, Lists.immutable.of(new Person("Fabrizio Meoni", "ITA")),
                "KTM", "KTM Factory Team", null);
        Entry ullevalseter = new Entry("bikes-65", "bikes", 65,
                Lists.immutable.of(new Person("Pål Anders Ullevålseter", "NOR")), "KTM", null, null);
        Entry despres = new Entry("bikes-cyril-despres", "bikes", null,
                Lists.immutable.of(new Person("Cyril Despres", "FRA")), "KTM", null, null);
        Entry roma = new Entry("bikes-nani-roma", "bikes", null,
                Lists.immutable.of(new Person("Nani Roma", "ESP")), "KTM", null, null);
        Entry tiainen = new Entry("bikes-kari-tiainen", "bikes", null,
                Lists.immutable.of(new Person("Kari Tiainen", "FIN")), "KTM", null, null);
        Entry pierre = new Entry("bikes-pierre-quinonero", "bikes", null, Lists.immutable.of(quinonero),
                "KTM", "Team \"Pipe | Comma, Co\"", null);
        Entry chagin = new Entry("trucks-409", "trucks", 409, Lists.immutable.of(
                new Person("Vladimir Chagin", "RUS"), new Person("Semen Yakubov", "RUS"),
                new Person("Sergey Savostin", "RUS")), "Kamaz", null, null);
        Entry azevedo = new Entry("trucks-411", "trucks", 411, Lists.immutable.of(
                new Person("André de Azevedo", "BRA"), new Person("Tomáš Tomeček", "CZE"),
                new Person("Jaromír Martinec", "CZE")), "Tatra", null, null);
        ImmutableList<Entry> entries = Lists.immutable.of(meoni, ullevalseter, despres, roma, tiainen, pierre,
                chagin, azevedo);

        ImmutableList<Classification> classifications = Lists.immutable.of(
                reported("bikes", ClassificationKind.STAGE, "2",
                        row(1, "bikes-pierre-quinonero", "6:12", null),
                        row(2, "bikes-kari-tiainen", "6:17", "0:05"),
                        row(3, "bikes-nani-roma", "6:27", "0:15")),
                reported("bikes", ClassificationKind.GENERAL, "2",
                        row(1, "bikes-pierre-quinonero", "6:12", null),
                        row(2, "bikes-kari-tiainen", "6:17", "0:05"),
                        row(3, "bikes-nani-roma", "6:27", "0:15")),
                reported("bikes", ClassificationKind.STAGE, "3",
                        row(1, "bikes-cyril-despres", "26:10", null),
                        row(2, "bikes-nani-roma", "26:11", "0:01")),
                reported("bikes", ClassificationKind.GENERAL, "3",
                        row(1, "bikes-cyril-despres", "32:38", null),
                        row(1, "bikes-nani-roma", "32:38", null),
                        row(3, "bikes-kari-tiainen", "32:59", "0:21")),
                reported("trucks", ClassificationKind.STAGE, "3",
                        row(1, "trucks-409", "Kamaz", "33:37", null),
                        row(2, "trucks-411", "Tatra", "1:00:56", "27:19")),
                reported("bikes", ClassificationKind.FINAL, null,
                        row(1, "bikes-1", "48:00:59", null),
                        new ClassificationRow(2, "bikes-65", "KTM", Duration.parse("PT54H12M21S"), true,
                                Duration.parse("PT6H11M22S"), null, ResultStatus.CLASSIFIED, HERE),
                        new ClassificationRow(null, "bikes-cyril-despres", "KTM", null, false, null, null,
                                ResultStatus.RETIRED, HERE)));

        ImmutableList<Note> notes = Lists.immutable.of(
                new Note("n1", null, null, NoteTable.ITINERARY,
                        "Stages cancelled for trucks due to poor weather conditions.", HERE),
                new Note("n2", "bikes", null, NoteTable.STAGE_RESULTS,
                        "Despres had a 14-minute penalty added to his time as a result of speeding.", HERE),
                new Note("n3", "trucks", null, NoteTable.STAGE_RESULTS,
                        "All competitors awarded a stage time of 50:00.", HERE));

        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.parse("2001-12-28"),
                LocalDate.parse("2002-01-13"),
                "The 2002 Dakar Rally, also known as the 2002 Arras–Madrid–Dakar Rally.",
                "2002-dakar-rally.txt",
                Lists.immutable.of(new Property("Country", "FRA, ESP, MAR, / Western Sahara, , SEN"),
                        new Property("Category1", "Cars")),
                categories, stages, entries, classifications,
                Lists.immutable.of(new Penalty("bikes-cyril-despres", null, Duration.ofMinutes(14),
                        "speeding", "n2")),
                Lists.immutable.of(new AwardedTime("trucks", null, Duration.ofMinutes(50), "n3")),
                notes);
    }

    /**
     * The events every exporter must write, each with its name: the Dakar excerpt, an event with
     * nothing in it yet, one stage, classes and points, names in Cyrillic and Greek, and a
     * generated event of 300 crews over 12 stages with every classification computed.
     */
    public static java.util.Map<String, Event> all() {
        java.util.Map<String, Event> all = new java.util.LinkedHashMap<>();
        all.put("the Dakar excerpt", dakarExcerpt());
        all.put("an empty event", empty());
        all.put("one stage", oneStage());
        all.put("classes and points", classesAndPoints());
        all.put("Cyrillic and Greek names", cyrillicAndGreek());
        all.put("300 generated crews over 12 stages", generated(300, 12));
        return all;
    }

    /** An event announced but not run: a name, and nothing else. */
    public static Event empty() {
        return new Event("Rallye du Vide", null, null, null, null, "empty.csv", Lists.immutable.empty(),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty(),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());
    }

    /** One category, one stage, two crews: a prologue's results. */
    public static Event oneStage() {
        ImmutableList<Category> categories = Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(stage(1, "P", "2002-01-01", place("Arras", "FRA"),
                place("Arras", "FRA"), "5", StageTypes.SPECIAL, new StageCategory("cars", StageStatus.RUN, null)));
        ImmutableList<Entry> entries = Lists.immutable.of(
                new Entry("cars-201", "cars", 201, Lists.immutable.of(new Person("Hiroshi Masuoka", "JPN"),
                        new Person("Andreas Schulz", "GER")), "Mitsubishi", null, null),
                new Entry("cars-200", "cars", 200, Lists.immutable.of(new Person("Jutta Kleinschmidt", "GER")),
                        "Mitsubishi", null, null));
        ImmutableList<Classification> classifications = Lists.immutable.of(
                reported("cars", ClassificationKind.STAGE, "P", row(1, "cars-201", "Mitsubishi", "3:12", null),
                        row(2, "cars-200", "Mitsubishi", "3:20", "0:08")),
                reported("cars", ClassificationKind.GENERAL, "P", row(1, "cars-201", "Mitsubishi", "3:12", null),
                        row(2, "cars-200", "Mitsubishi", "3:20", "0:08")));
        return oneDay("Prologue 2002", "2002-01-01", "prologue.csv", categories, stages, entries, classifications);
    }

    /** Vehicle classes, class positions and gaps, points and a grid, as circuit and rally results give them. */
    public static Event classesAndPoints() {
        ImmutableList<Category> categories = Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(stage(1, "1", "2002-01-02", place("Narbonne", "FRA"),
                place("Castellón", "ESP"), "120", StageTypes.SPECIAL, new StageCategory("cars", StageStatus.RUN, null)));
        ImmutableList<Entry> entries = Lists.immutable.of(
                new Entry("cars-201", "cars", 201, Lists.immutable.of(new Person("Hiroshi Masuoka", "JPN")),
                        "Mitsubishi", "Mitsubishi Ralliart", "T1"),
                new Entry("cars-204", "cars", 204, Lists.immutable.of(new Person("Jean-Louis Schlesser", "FRA")),
                        "Schlesser", null, "T1"),
                new Entry("cars-310", "cars", 310, Lists.immutable.of(new Person("Luc Alphand", "FRA")),
                        "Mitsubishi", null, "T2"));
        ImmutableList<Classification> classifications = Lists.immutable.of(
                reported("cars", ClassificationKind.STAGE, "1",
                        detailed(1, "cars-201", "1:10:00", null, 1, null, "25"),
                        detailed(2, "cars-204", "1:11:30", "1:30", 2, "1:30", "18"),
                        detailed(3, "cars-310", "1:20:00", "10:00", 1, null, "15")));
        return oneDay("Castellón Sprint 2002", "2002-01-02", "sprint.csv", categories, stages, entries,
                classifications);
    }

    /** Crews whose names are written in Cyrillic and Greek, as Russian and Greek results print them. */
    public static Event cyrillicAndGreek() {
        ImmutableList<Category> categories = Lists.immutable.of(
                new Category("gruzoviki", "Грузовики", Lists.immutable.empty()));
        ImmutableList<Stage> stages = Lists.immutable.of(stage(1, "1", "2002-01-03", place("Астрахань", "RUS"),
                place("Элиста", "RUS"), "340", StageTypes.SPECIAL,
                new StageCategory("gruzoviki", StageStatus.RUN, null)));
        ImmutableList<Entry> entries = Lists.immutable.of(
                new Entry("gruzoviki-409", "gruzoviki", 409, Lists.immutable.of(new Person("Владимир Чагин", "RUS"),
                        new Person("Семён Якубов", "RUS")), "КамАЗ", "КАМАЗ-мастер", null),
                new Entry("gruzoviki-412", "gruzoviki", 412, Lists.immutable.of(
                        new Person("Γιώργος Παπαδόπουλος", "GRE")), "MAN", null, null));
        ImmutableList<Classification> classifications = Lists.immutable.of(
                reported("gruzoviki", ClassificationKind.STAGE, "1", row(1, "gruzoviki-409", "КамАЗ", "4:01:10", null),
                        row(2, "gruzoviki-412", "MAN", "4:15:00", "13:50")));
        return oneDay("Шёлковый путь 2002", "2002-01-03", "silk-way.csv", categories, stages, entries,
                classifications);
    }

    /** A generated event (the generator's seed 1) with every classification computed by the engine. */
    public static Event generated(int entries, int stages) {
        org.podium.generator.GeneratedEvent generated = new org.podium.generator.TimingSheetGenerator(
                new org.podium.generator.GeneratorSettings(entries, stages, 1)).generateEvent();
        return generated.event().withClassifications(org.podium.engine.ClassificationEngine.withDefaultRules()
                .classify(generated.event(), generated.stageTimes()));
    }

    /** An event run on one day, without properties, penalties, awarded times or notes. */
    private static Event oneDay(String name, String date, String source, ImmutableList<Category> categories,
            ImmutableList<Stage> stages, ImmutableList<Entry> entries, ImmutableList<Classification> classifications) {
        return new Event(name, null, LocalDate.parse(date), LocalDate.parse(date), null, source,
                Lists.immutable.empty(), categories, stages, entries, classifications, Lists.immutable.empty(),
                Lists.immutable.empty(), Lists.immutable.empty());
    }

    private static ClassificationRow detailed(int position, String entryId, String time, String gap,
            int classPosition, String classGap, String points) {
        return new ClassificationRow(position, entryId, null, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, HERE).withDetails(new RowDetails(classPosition,
                        classGap == null ? null : clock(classGap), null, null, classPosition, new BigDecimal(points),
                        null));
    }

    private static Classification reported(String category, ClassificationKind kind, String stage,
            ClassificationRow... rows) {
        return new Classification(category, kind, stage, Basis.REPORTED, false, Lists.immutable.of(rows), HERE);
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        return row(position, entryId, "KTM", time, gap);
    }

    private static ClassificationRow row(int position, String entryId, String make, String time, String gap) {
        return new ClassificationRow(position, entryId, make, clock(time), false, gap == null ? null : clock(gap),
                null, ResultStatus.CLASSIFIED, HERE);
    }

    private static Duration clock(String text) {
        return org.podium.model.Times.parseClock(text).orElseThrow();
    }

    private static Place place(String name, String country) {
        return new Place(name, country);
    }

    private static Stage stage(int ordinal, String label, String date, Place start, Place finish, String km,
            String type, StageCategory... statuses) {
        return new Stage(ordinal, label, LocalDate.parse(date), start, finish, new BigDecimal(km), type,
                Lists.immutable.of(statuses), HERE);
    }
}
