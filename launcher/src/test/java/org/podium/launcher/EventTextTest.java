package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.Finding;
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
import org.podium.model.Text;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.MatchStrength;
import org.podium.spi.Plugins;
import org.podium.spi.Severity;

/**
 * Control characters in what an importer gives — any importer, a third party's included — are
 * taken out once, by the launcher, with a warning naming where and the crew. Names from the 2002
 * Dakar article (Wikipedia, CC BY-SA).
 */
class EventTextTest {

    private static final String FILE = "dakar-2002.raw";

    @TempDir
    Path dir;

    @Test
    void aThirdPartyImportersControlCharactersAreRemovedWithAWarningThatCountsForStrict() throws Exception {
        Path input = Files.writeString(dir.resolve(FILE), "raw\n");
        Heard heard = new Heard();
        Launcher launcher = new Launcher(Plugins.of(Lists.immutable.of(new RawImporter()), Lists.immutable.empty(),
                Lists.immutable.empty()));

        RunResult result = launcher.check(CheckRequest.builder().build(), List.of(Input.of(input)), heard);

        Event event = heard.events.get(0);
        Entry masuoka = event.entries().detect(e -> e.id().equals("cars-201"));
        assertThat(masuoka.crewNames()).isEqualTo("Hiroshi Masuoka / Pascal Maimon");
        assertThat(masuoka.make()).as("the whole colour sequence, not its ESC alone").isEqualTo("Mitsubishi");
        assertThat(masuoka.entrant()).isEqualTo("Team Nippon Oil Mitsubishi Ralliart");
        assertThat(event.notes().getOnly().text()).isEqualTo(
                "De Mévius earned an 18-minute penalty for failing to complete the liaison section in the allotted time.");
        assertThat(everyText(event)).noneMatch(text -> text.codePoints().anyMatch(Text::isControl));

        assertThat(heard.diagnostics).containsExactly(
                FILE + ":12:3: warning: removed the control character U+0007 BEL from the name of crew 201"
                        + " (Hiroshi Masuoka / Pascal Maimon) in cars",
                FILE + ":12:3: warning: removed the control character U+001B ESCAPE and the terminal sequence after it"
                        + " ('[31m') from the make of crew 201 (Hiroshi Masuoka / Pascal Maimon) in cars, which now"
                        + " reads 'Mitsubishi'",
                FILE + ":12:3: warning: removed the control character U+0000 NULL from the entrant of crew 201"
                        + " (Hiroshi Masuoka / Pascal Maimon) in cars; replaced U+0085 NEXT LINE (NEL) by a space,"
                        + " which now reads 'Team Nippon Oil Mitsubishi Ralliart'",
                FILE + ":40:1: warning: removed the control character U+202E RIGHT-TO-LEFT OVERRIDE from note n2,"
                        + " which now reads 'De Mévius earned an 18-minute penalty for failing to complete the"
                        + " liaison section in the allotted time.'");
        assertThat(result.warnings()).isEqualTo(4);
        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.DONE);
        assertThat(result.outcome(true)).as("--strict").isEqualTo(RunResult.Outcome.STRICT);
    }

    @Test
    void terminalSequencesGoWholeAndLettersAfterALoneEscapeStay() {
        assertThat(EventText.sequenceEnd("A\u001b[2J", 1)).isEqualTo(5);
        assertThat(EventText.sequenceEnd("A\u001b[38;5;196mB", 1)).isEqualTo(12);
        assertThat(EventText.sequenceEnd("\u001b]0;pwned\u0007Ana", 0)).isEqualTo(10);
        assertThat(EventText.sequenceEnd("\u001b]8;;http://x\u001b\\Ana", 0)).isEqualTo(15);
        assertThat(EventText.sequenceEnd("\u001bcAna", 0)).isEqualTo(2);
        assertThat(EventText.sequenceEnd("\u009b31mAna", 0)).isEqualTo(4);
        assertThat(EventText.sequenceEnd("\u001bRoma", 0)).as("a lone ESC before a name's letters").isEqualTo(1);
        assertThat(EventText.sequenceEnd("\u001b[Roma\u0001", 0)).as("a final byte ends it").isEqualTo(3);
        assertThat(EventText.sequenceEnd("\u001b]never ends", 0)).as("an unterminated string keeps its text").isEqualTo(1);
        assertThat(EventText.sequenceEnd("\u001b", 0)).isEqualTo(1);

        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = event(Lists.immutable.of(entry("cars-239", 239, "Ana\u001b[2J\u001b]0;pwned\u0007 Roma", null,
                "Toyota", null)), Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty(), "8");
        assertThat(EventText.clean(event, FILE, diagnostics).entries().getOnly().crewNames()).isEqualTo("Ana Roma");
        assertThat(diagnostics.all().getOnly().message()).startsWith("removed 2 control characters (U+001B ESCAPE)"
                + " and the terminal sequences after them ('[2J', ']0;pwned\\u0007') from the name of crew 239");
    }

    @Test
    void anIdOrLabelIsCleanedAlikeWhereverItIsReferredToAndWarnedAboutOnce() {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event cleaned = EventText.clean(RawImporter.event("8\u0007"), FILE, diagnostics);

        assertThat(cleaned.stages().collect(Stage::label)).containsExactly("8");
        assertThat(cleaned.classifications().collect(Classification::stageLabel)).containsExactly("8");
        assertThat(cleaned.penalties().getOnly().stageLabel()).isEqualTo("8");
        assertThat(diagnostics.all().collect(Diagnostic::message).select(m -> m.contains("label")))
                .containsExactly("removed the control character U+0007 BEL from the label of stage '8\\u0007',"
                        + " which now reads '8'");
    }

    @Test
    void aTabOrLineBreakInANameIsASpaceAndInANoteALineBreakStays() {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Entry fontenay = entry("cars-207", 207, "Jean-Pierre\tFontenay", "Gilles\r\nPicard", "Mitsubishi", null);
        Note note = new Note("n1", "cars", null, NoteTable.STAGE_RESULTS,
                "Peterhansel had a 14-minute penalty added to his time\r\nas a result of speeding\tin the liaison"
                        + " section.", SourcePosition.of(FILE, 39, 1));
        Event event = event(Lists.immutable.of(fontenay), Lists.immutable.empty(), Lists.immutable.empty(),
                Lists.immutable.of(note), "8");

        Event cleaned = EventText.clean(event, FILE, diagnostics);

        assertThat(cleaned.entries().getOnly().crewNames()).isEqualTo("Jean-Pierre Fontenay / Gilles Picard");
        assertThat(cleaned.notes().getOnly().text()).isEqualTo("Peterhansel had a 14-minute penalty added to his"
                + " time\nas a result of speeding in the liaison section.");
        assertThat(diagnostics.all().collect(Diagnostic::describe)).containsExactly(
                FILE + ": warning: replaced U+0009 CHARACTER TABULATION by a space in the name of crew 207"
                        + " (Jean-Pierre Fontenay / Gilles Picard) in cars",
                FILE + ": warning: replaced U+000D CARRIAGE RETURN (CR), U+000A LINE FEED (LF) by a space in the"
                        + " name of crew 207 (Jean-Pierre Fontenay / Gilles Picard) in cars");
    }

    @Test
    void aNameMadeOnlyOfControlCharactersStaysVisibleEscaped() {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = event(Lists.immutable.of(entry("cars-239", 239, "\u0007\u0007", null, "Toyota", null)),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty(), "8");

        Event cleaned = EventText.clean(event, FILE, diagnostics);

        assertThat(cleaned.entries().getOnly().crewNames()).isEqualTo("\\u0007\\u0007");
        assertThat(diagnostics.all().getOnly().severity()).isEqualTo(Severity.WARNING);
        assertThat(diagnostics.all().getOnly().message()).startsWith("kept 2 control characters (U+0007 BEL)"
                + " escaped in the name of crew 239 (\\u0007\\u0007) in cars");
    }

    @Test
    void anEventWithoutControlCharactersIsTheSameEventAndNothingIsSaid() {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Event event = RawImporter.event("8");
        Event clean = EventText.clean(event, FILE, Diagnostics.collector());

        assertThat(EventText.clean(clean, FILE, diagnostics)).isSameAs(clean);
        assertThat(diagnostics.all()).isEmpty();
    }

    /** Every text of an event, to show none holds a control character. */
    private static List<String> everyText(Event event) {
        List<String> texts = new ArrayList<>(List.of(event.name(), event.source()));
        event.entries().forEach(e -> {
            e.crew().forEach(p -> texts.add(p.name()));
            texts.add(e.id());
            texts.add(String.valueOf(e.make()));
            texts.add(String.valueOf(e.entrant()));
        });
        event.notes().forEach(n -> texts.add(n.text()));
        event.classifications().forEach(c -> c.rows().forEach(r -> texts.add(String.valueOf(r.make()))));
        event.stages().forEach(s -> texts.add(String.valueOf(s.label())));
        return texts;
    }

    private static Entry entry(String id, Integer number, String driver, String coDriver, String make, String entrant) {
        ImmutableList<Person> crew = coDriver == null ? Lists.immutable.of(new Person(driver, "FRA"))
                : Lists.immutable.of(new Person(driver, "FRA"), new Person(coDriver, "FRA"));
        return new Entry(id, "cars", number, crew, make, entrant, null);
    }

    private static Event event(ImmutableList<Entry> entries, ImmutableList<Classification> classifications,
            ImmutableList<Penalty> penalties, ImmutableList<Note> notes, String stage) {
        return new Event("2002 Arras–Madrid–Dakar Rally", "24", LocalDate.of(2001, 12, 28), LocalDate.of(2002, 1, 13),
                null, FILE, Lists.immutable.empty(), Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty())),
                Lists.immutable.of(new Stage(1, stage, LocalDate.of(2002, 1, 4), new Place("Tan-Tan", "MAR"),
                        new Place("Zouerat", null), null, StageTypes.SPECIAL,
                        Lists.immutable.of(new StageCategory("cars", StageStatus.RUN, null)),
                        SourcePosition.of(FILE, 30, 1))),
                entries, classifications, penalties, Lists.immutable.empty(), notes);
    }

    /** A third party's importer that hands over what its source held, control characters and all. */
    static final class RawImporter implements Importer {
        @Override
        public ImporterDescriptor descriptor() {
            return ImporterDescriptor.builder("raw", "Raw").extensions("raw").build();
        }

        @Override
        public MatchStrength detect(DetectionInput input) {
            return input.extension().equals("raw") ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
        }

        @Override
        public Event read(ImportRequest request) {
            return event("8");
        }

        static Event event(String stage) {
            Entry masuoka = entry("cars-201", 201, "Hiroshi\u0007 Masuoka", "Pascal Maimon", "Mitsubishi\u001B[31m",
                    "Team Nippon Oil\u0000 Mitsubishi\u0085Ralliart");
            Entry deMevius = entry("cars-gregoire-de-mevius", null, "Grégoire De Mévius", "Alain Guehennec", "Nissan",
                    null);
            Classification stage8 = new Classification("cars", ClassificationKind.STAGE, stage, Basis.REPORTED, false,
                    Lists.immutable.of(
                            new ClassificationRow(1, "cars-201", null, Duration.parse("PT2H34M43S"), false, null, null,
                                    ResultStatus.CLASSIFIED, SourcePosition.of(FILE, 12, 3)),
                            new ClassificationRow(2, "cars-gregoire-de-mevius", null, Duration.parse("PT2H36M35S"),
                                    false, Duration.parse("PT1M52S"), null, ResultStatus.CLASSIFIED,
                                    SourcePosition.of(FILE, 13, 3))),
                    SourcePosition.of(FILE, 11, 1));
            Note note = new Note("n2", "cars", null, NoteTable.STAGE_RESULTS, "De Mévius earned an 18-minute penalty"
                    + " for failing to complete the liaison section in the allotted\u202E time.",
                    SourcePosition.of(FILE, 40, 1));
            Penalty penalty = new Penalty("cars-gregoire-de-mevius", stage, Duration.ofMinutes(18),
                    "failing to complete the liaison section in the allotted time", "n2");
            return EventTextTest.event(Lists.immutable.of(masuoka, deMevius), Lists.immutable.of(stage8),
                    Lists.immutable.of(penalty), Lists.immutable.of(note), stage);
        }
    }

    /** What a host hears. */
    private static final class Heard implements ConversionListener {
        final List<String> diagnostics = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        @Override
        public void diagnostic(Input input, Diagnostic diagnostic) {
            diagnostics.add(diagnostic.describe());
        }

        @Override
        public void checked(Input input, Event event, ImmutableList<Finding> findings) {
            events.add(event);
        }
    }
}
