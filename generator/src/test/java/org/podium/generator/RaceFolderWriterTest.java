package org.podium.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.generator.internal.Field;

/**
 * The race folder is the timing sheet of the same settings, arriving by other files: read back with
 * Commons CSV, not with the generator's code, and compared row by row with the sheet.
 */
class RaceFolderWriterTest {

    private static final GeneratorSettings SETTINGS = new GeneratorSettings(300, 12, 7);
    private static final List<SheetRow> SHEET = SheetRow.parse(new TimingSheetGenerator(SETTINGS).writeToString());
    private static final int DAY = 24 * 3600;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    @TempDir
    static Path temp;
    private static Path folder;

    @BeforeAll
    static void writeTheFolder() throws IOException {
        folder = temp.resolve("rally");
        new RaceFolderWriter(SETTINGS, false).write(folder);
    }

    /** One row of a stage file, with the stewards' penalty put back where the sheet has it. */
    private record FolderRow(String stage, int number, Long seconds, String penalty, String reason, String status) {
    }

    @Test
    void theStageFilesWithTheStewardsFileGiveTheSheetsRowsToTheSecond() throws IOException {
        Map<String, FolderRow> rows = new LinkedHashMap<>();
        for (int stage = 1; stage <= 12; stage++) {
            for (CSVRecord record : read(stageFile(stage))) {
                FolderRow row = new FolderRow(Integer.toString(stage), Integer.parseInt(record.get("number")),
                        elapsed(record), record.get("penalty"), record.get("penalty reason"), record.get("status"));
                assertThat(rows.put(row.stage() + "/" + row.number(), row)).as("one row per crew and stage").isNull();
            }
        }
        for (CSVRecord decision : read(folder.resolve(RaceFolderWriter.PENALTIES))) {
            String key = decision.get("stage") + "/" + decision.get("number");
            FolderRow row = rows.get(key);
            assertThat(row).as(key).isNotNull();
            assertThat(row.penalty()).as("a penalty moved, not given twice: " + key).isEmpty();
            rows.put(key, new FolderRow(row.stage(), row.number(), row.seconds(), decision.get("penalty"),
                    decision.get("reason"), row.status()));
        }

        List<FolderRow> fromTheSheet = SHEET.stream().map(r -> new FolderRow(r.stage(), r.number(),
                r.time().isEmpty() ? null : TimingSheetGeneratorTest.seconds(r.time()), r.penalty(), r.reason(),
                r.status())).toList();
        assertThat(new ArrayList<>(rows.values())).as("the sheet's rows, in the sheet's order")
                .containsExactlyElementsOf(fromTheSheet);
    }

    @Test
    void theEvenStagesAndTheNightStageGiveStartsAMinuteApartTheOthersTimes() throws IOException {
        String cancelled = SHEET.stream().filter(r -> r.status().equals("awarded")).findFirst().orElseThrow().stage();
        int night = cancelled.equals("12") ? 11 : 12;
        for (int stage = 1; stage <= 12; stage++) {
            boolean clock = stage == night || (stage % 2 == 0 && !cancelled.equals(Integer.toString(stage)));
            assertThat(Files.readAllLines(stageFile(stage)).get(0)).as("stage " + stage).isEqualTo(clock
                    ? "number,start,finish,penalty,penalty reason,status"
                    : "number,time,penalty,penalty reason,status");
            if (!clock) {
                continue;
            }
            List<CSVRecord> records = read(stageFile(stage));
            int first = stage == night ? 22 * 3600 : 8 * 3600;
            for (int slot = 0; slot < records.size(); slot++) {
                CSVRecord record = records.get(slot);
                String start = record.get("status").equals("DNS") ? "" : clock(first + 60 * slot);
                assertThat(record.get("start")).as("stage %d, %s", stage, record.get("number")).isEqualTo(start);
            }
        }
        assertThat(Files.readAllLines(stageFile(Integer.parseInt(cancelled)))).as("awarded times are times")
                .anyMatch(line -> line.endsWith(",awarded"));
    }

    @Test
    void theNightStageStartsAtTenAndSomeCrewsFinishAfterMidnight() throws IOException {
        String cancelled = SHEET.stream().filter(r -> r.status().equals("awarded")).findFirst().orElseThrow().stage();
        int night = cancelled.equals("12") ? 11 : 12;

        assertNightStage(read(stageFile(night)));
    }

    @Test
    void aRaceOfOneStageRunsItAtNight(@TempDir Path dir) throws IOException {
        new RaceFolderWriter(new GeneratorSettings(40, 1, 3), false).write(dir.resolve("one"));

        assertThat(Files.readAllLines(dir.resolve("one/stage-01.csv")).get(0))
                .isEqualTo("number,start,finish,penalty,penalty reason,status");
        assertNightStage(read(dir.resolve("one/stage-01.csv")));
    }

    private static void assertNightStage(List<CSVRecord> records) {
        assertThat(records.get(0).get("start")).isEqualTo("22:00:00");
        assertThat(records).as("a finish after midnight, earlier than its start")
                .anyMatch(r -> !r.get("finish").isEmpty() && r.get("finish").compareTo(r.get("start")) < 0);
    }

    @Test
    void theEntryListHasTheSheetsFactsAndCrewsAndEveryNumberOfEveryFileIsInIt() throws IOException {
        Path entries = folder.resolve(RaceFolderWriter.ENTRIES);
        assertThat(Files.readAllLines(entries).subList(0, 4)).containsExactly(
                "# event: Podium Generated Rally 7",
                "# start: 2026-01-03",
                "# generator: podium generate --entries 300 --stages 12 --seed 7",
                "number,category,crew,nationality,make,entrant");
        List<String> listed = read(entries).stream().map(r -> String.join("|", r.get("number"), r.get("category"),
                r.get("crew"), r.get("nationality"), r.get("make"), r.get("entrant"))).toList();
        List<String> onTheSheet = SHEET.stream().filter(r -> r.stage().equals("1")).map(r -> String.join("|",
                Integer.toString(r.number()), r.category(), String.join(" / ", r.crew()),
                String.join(" / ", r.nationalities()), r.make(), r.entrant())).toList();
        assertThat(listed).hasSize(300).containsExactlyElementsOf(onTheSheet);

        Set<String> numbers = read(entries).stream().map(r -> r.get("number")).collect(Collectors.toSet());
        assertThat(numbers).as("a number is one crew's").hasSize(300);
        List<Path> files = new ArrayList<>();
        for (int stage = 1; stage <= 12; stage++) {
            files.add(stageFile(stage));
        }
        files.add(folder.resolve(RaceFolderWriter.PENALTIES));
        for (Path file : files) {
            assertThat(read(file)).as(file.getFileName().toString()).isNotEmpty()
                    .allSatisfy(r -> assertThat(numbers).contains(r.get("number")));
        }
    }

    @Test
    void theStewardsFileHoldsExactlyTheSheetsPenaltiesOfTheFirstStageWithAny() throws IOException {
        List<CSVRecord> decisions = read(folder.resolve(RaceFolderWriter.PENALTIES));
        String stage = SHEET.stream().filter(r -> !r.penalty().isEmpty()).findFirst().orElseThrow().stage();

        assertThat(decisions.stream().map(r -> String.join("|", r.get("number"), r.get("stage"), r.get("penalty"),
                r.get("reason")))).containsExactlyElementsOf(SHEET.stream()
                        .filter(r -> r.stage().equals(stage) && !r.penalty().isEmpty())
                        .map(r -> String.join("|", Integer.toString(r.number()), r.stage(), r.penalty(), r.reason()))
                        .toList());
        assertThat(decisions).hasSizeGreaterThan(1);
        assertThat(read(stageFile(Integer.parseInt(stage))))
                .allSatisfy(r -> assertThat(r.get("penalty") + r.get("penalty reason")).isEmpty());
        assertThat(read(stageFile(12))).as("the other stages keep theirs")
                .anyMatch(r -> !r.get("penalty").isEmpty() && !r.get("penalty reason").isEmpty());
    }

    @Test
    void aRaceWithoutPenaltiesHasNoStewardsFile(@TempDir Path dir) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(3, 2, 1);
        assertThat(SheetRow.parse(new TimingSheetGenerator(settings).writeToString()))
                .allSatisfy(r -> assertThat(r.penalty()).isEmpty());

        new RaceFolderWriter(settings, false).write(dir.resolve("clean"));

        assertThat(names(dir.resolve("clean"))).containsExactly("entries.csv", "itinerary.csv", "stage-01.csv",
                "stage-02.csv");
    }

    @Test
    void theItineraryGoesAStageADayFromBivouacToBivouac() throws IOException {
        Path itinerary = folder.resolve(RaceFolderWriter.ITINERARY);
        List<CSVRecord> stages = read(itinerary);
        Field field = Field.plan(300, 12, 7);

        assertThat(Files.readAllLines(itinerary).get(0)).isEqualTo("stage,date,from,to,distance,type");
        assertThat(stages).hasSize(12);
        for (int s = 0; s < 12; s++) {
            CSVRecord stage = stages.get(s);
            assertThat(stage.get("stage")).isEqualTo(Integer.toString(s + 1));
            assertThat(stage.get("date")).isEqualTo(TimingSheetGenerator.START.plusDays(s).toString());
            assertThat(stage.get("distance")).isEqualTo(Integer.toString(field.stages().get(s).distanceKm()));
            assertThat(stage.get("type")).isEqualTo("special");
            assertThat(stage.get("from")).isNotBlank().isNotEqualTo(stage.get("to"));
            if (s > 0) {
                assertThat(stage.get("from")).as("where the day before ended").isEqualTo(stages.get(s - 1).get("to"));
            }
        }
        assertThat(stages.stream().map(r -> r.get("to")).distinct()).hasSize(12).doesNotContain(stages.get(0).get("from"));
    }

    @Test
    void theSameSettingsGiveTheSameBytesWhateverTheLocaleAndZoneAndAnotherSeedOthers(@TempDir Path dir)
            throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
            new RaceFolderWriter(SETTINGS, false).write(dir.resolve("again"));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        new RaceFolderWriter(SETTINGS, true).write(dir.resolve("safe"));
        new RaceFolderWriter(new GeneratorSettings(300, 12, 8), false).write(dir.resolve("other"));

        assertThat(names(dir.resolve("again"))).isEqualTo(names(folder));
        for (String name : names(folder)) {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            assertThat(Files.readAllBytes(dir.resolve("again").resolve(name))).as(name).isEqualTo(bytes);
            // The generator's words never begin with = + - @: a spreadsheet runs nothing in the exact folder.
            assertThat(Files.readAllBytes(dir.resolve("safe").resolve(name))).as(name).isEqualTo(bytes);
            assertThat(Files.readAllBytes(dir.resolve("other").resolve(name))).as(name).isNotEqualTo(bytes);
        }
    }

    @Test
    void theFolderHoldsItsFilesAndNoTemporaryOne() throws IOException {
        assertThat(names(folder)).containsExactly("entries.csv", "itinerary.csv", "penalties.csv", "stage-01.csv",
                "stage-02.csv", "stage-03.csv", "stage-04.csv", "stage-05.csv", "stage-06.csv", "stage-07.csv",
                "stage-08.csv", "stage-09.csv", "stage-10.csv", "stage-11.csv", "stage-12.csv");
        for (String name : names(folder)) {
            String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            assertThat(text).as(name).doesNotContain("\r").endsWith("\n");
        }
    }

    @Test
    void aFolderThatIsNotEmptyOrIsAFileIsRefusedAndLeftAsItWas(@TempDir Path dir) throws IOException {
        Path office = Files.createDirectory(dir.resolve("office"));
        Files.writeString(office.resolve("stage-01.csv"), "number,time\n1,1:00:00\n");
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> new RaceFolderWriter(SETTINGS, false).write(office))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("is not empty");
        assertThatThrownBy(() -> new RaceFolderWriter(SETTINGS, false).write(file))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("is a file, not a folder");

        assertThat(names(office)).containsExactly("stage-01.csv");
        assertThat(Files.readString(office.resolve("stage-01.csv"))).isEqualTo("number,time\n1,1:00:00\n");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(RaceFolderWriter.refusal(dir.resolve("new"))).isEmpty();
        assertThat(RaceFolderWriter.refusal(Files.createDirectory(dir.resolve("empty")))).isEmpty();
    }

    @Test
    void aFolderThatCannotBeMadeFailsAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("results.pdf"), "%PDF");

        assertThatThrownBy(() -> new RaceFolderWriter(SETTINGS, false).write(file.resolve("rally")))
                .isInstanceOf(FileSystemException.class);

        assertThat(names(dir)).containsExactly("results.pdf");
        assertThat(Files.readString(file)).isEqualTo("%PDF");
    }

    @Test
    void aFieldWhoseCategoriesShareRaceNumbersIsRefused() {
        assertThat(Field.largestWithUniqueNumbers()).isEqualTo(352);
        assertThat(new RaceFolderWriter(new GeneratorSettings(352, 12, 1), false)).isNotNull();

        assertThatThrownBy(() -> new RaceFolderWriter(new GeneratorSettings(353, 12, 1), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a race folder names each crew by its race number alone, but in a field of 353 crews bikes"
                        + " are numbered 1 to 150 and quads from 150 (fields of up to 352 crews always fit)");
        assertThatThrownBy(() -> new RaceFolderWriter(new GeneratorSettings(1_000_000, 12, 1), false))
                .hasMessageContaining("bikes are numbered 1 to");
    }

    @Test
    void aStageFileIsNamedAfterItsNumberWithTwoDigitsOrMore() {
        assertThat(RaceFolderWriter.stageFileName(7, 12)).isEqualTo("stage-07.csv");
        assertThat(RaceFolderWriter.stageFileName(1, 1)).isEqualTo("stage-01.csv");
        assertThat(RaceFolderWriter.stageFileName(30, 30)).isEqualTo("stage-30.csv");
        assertThat(RaceFolderWriter.stageFileName(7, 150)).isEqualTo("stage-007.csv");
    }

    /** The stage time a row gives: its time, or its finish less its start, on the next day when earlier. */
    private static Long elapsed(CSVRecord record) {
        if (record.isMapped("time")) {
            return record.get("time").isEmpty() ? null : TimingSheetGeneratorTest.seconds(record.get("time"));
        }
        if (record.get("finish").isEmpty()) {
            return null;
        }
        long seconds = ofDay(record.get("finish")) - ofDay(record.get("start"));
        return seconds < 0 ? seconds + DAY : seconds;
    }

    private static long ofDay(String clock) {
        assertThat(clock).matches("[0-2]\\d:[0-5]\\d:[0-5]\\d");
        return TimingSheetGeneratorTest.seconds(clock);
    }

    private static String clock(int seconds) {
        int ofDay = seconds % DAY;
        return two(ofDay / 3600) + ":" + two(ofDay / 60 % 60) + ":" + two(ofDay % 60);
    }

    private static String two(int value) {
        return (value < 10 ? "0" : "") + value;
    }

    private static Path stageFile(int stage) {
        return folder.resolve(RaceFolderWriter.stageFileName(stage, 12));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
