package org.podium.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.podium.engine.TimingStatus;
import org.podium.generator.internal.Crew;
import org.podium.generator.internal.Field;
import org.podium.generator.internal.Places;
import org.podium.generator.internal.Race;
import org.podium.generator.internal.Sheet;
import org.podium.model.StageTypes;

/**
 * Writes a generated event as a results office keeps it, a race folder of several files (the
 * formats of issue 15), instead of one timing sheet: the same race as {@link TimingSheetGenerator}'s
 * sheet of the same settings, to the second, only arriving by other files.
 *
 * <ul>
 *   <li>{@value #ENTRIES}: the sheet's three comment lines ({@code # event:}, {@code # start:},
 *       {@code # generator:}), then {@value #ENTRIES_HEADER}, one row per crew in the sheet's order.
 *   <li>{@value #ITINERARY}: {@value #ITINERARY_HEADER}, a stage a day from
 *       {@link TimingSheetGenerator#START}, from bivouac to bivouac (invented places, drawn from the
 *       seed), each special's length in km.
 *   <li>One stage file per stage ({@link #stageFileName}), its rows in the sheet's order. The even
 *       stages and one night stage give each crew's {@code start} and {@code finish} as times of day
 *       ({@value #CLOCK_HEADER}): crews start a minute apart in the sheet's order (category, then race
 *       number), from 08:00, or from 22:00 on the night stage, and finish the sheet's time later, the
 *       next day when that is past midnight. The night stage is the last stage that runs for every
 *       category (the last, or the one before when the last is cancelled for a category; in a race of
 *       one stage, that stage). The other stages, and the one cancelled for a category, whose rows
 *       are awarded times, give the elapsed {@code time} ({@value #TIME_HEADER}). Penalties, their
 *       reasons and statuses are the sheet's.
 *   <li>{@value #PENALTIES}, the stewards' decisions ({@value #PENALTIES_HEADER}): the penalties of
 *       the first stage that has any, moved out of that stage's file, as decisions that came after its
 *       times; no such file when no crew is penalised.
 * </ul>
 *
 * <p>UTF-8, {@code \n} line ends, cells quoted as the sheet quotes them. The stage files name a crew by
 * its race number alone, so a field whose categories would share race numbers is refused (see the
 * constructor). Everything follows from the settings: no clock, no default locale or time zone.
 * Stateless: {@link #write} may be called any number of times, from any thread.
 */
public final class RaceFolderWriter {

    /** The entry list's file name. */
    public static final String ENTRIES = "entries.csv";
    /** The itinerary's file name. */
    public static final String ITINERARY = "itinerary.csv";
    /** The stewards' penalties' file name. */
    public static final String PENALTIES = "penalties.csv";

    public static final String ENTRIES_HEADER = "number,category,crew,nationality,make,entrant";
    public static final String ITINERARY_HEADER = "stage,date,from,to,distance,type";
    /** A stage file that gives elapsed times. */
    public static final String TIME_HEADER = "number,time,penalty,penalty reason,status";
    /** A stage file that gives start and finish times of day. */
    public static final String CLOCK_HEADER = "number,start,finish,penalty,penalty reason,status";
    public static final String PENALTIES_HEADER = "number,stage,penalty,reason";

    /** The first crew's start on a day stage. */
    public static final LocalTime DAY_START = LocalTime.of(8, 0);
    /** The first crew's start on the night stage: late enough that most crews finish after midnight. */
    public static final LocalTime NIGHT_START = LocalTime.of(22, 0);
    /** Seconds between two crews' starts. */
    public static final int START_INTERVAL = 60;

    private final TimingSheetGenerator generator;
    private final boolean spreadsheetSafe;

    /**
     * @param settings        the race, as for the timing sheet
     * @param spreadsheetSafe whether text cells a spreadsheet would run as a formula get a leading
     *                        {@code '}, as {@link TimingSheetGenerator#write(Appendable, boolean)} does
     * @throws IllegalArgumentException when the field is so large that two categories share race
     *                                  numbers (bikes past 149 run into the quads' 150): a stage file
     *                                  could not say whose row it is
     */
    public RaceFolderWriter(GeneratorSettings settings, boolean spreadsheetSafe) {
        this.generator = new TimingSheetGenerator(settings);
        this.spreadsheetSafe = spreadsheetSafe;
        String shared = Field.sharedNumbers(settings.entries());
        if (shared != null) {
            throw new IllegalArgumentException("a race folder names each crew by its race number alone, but in a field"
                    + " of " + settings.entries() + " crews " + shared + " (fields of up to "
                    + Field.largestWithUniqueNumbers() + " crews always fit)");
        }
    }

    /** {@code stage-07.csv}: the label with leading zeros to two digits, more if the race has more stages. */
    public static String stageFileName(int stage, int stages) {
        String label = Integer.toString(stage);
        int width = Math.max(2, Integer.toString(stages).length());
        return "stage-" + "0".repeat(Math.max(0, width - label.length())) + label + ".csv";
    }

    /**
     * Why a race folder cannot be written into {@code folder}, or empty when it can: it must not exist
     * yet or be an empty folder, so that nothing a results office keeps there is ever overwritten.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static Optional<String> refusal(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of("is a file, not a folder");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            return files.iterator().hasNext()
                    ? Optional.of("is not empty: a race folder is written only into a new or empty folder, never over"
                            + " files that are there")
                    : Optional.empty();
        }
    }

    /**
     * Writes the race folder into {@code folder}, made (with its parents) when missing. Each file is
     * written under a hidden temporary name ({@code .stage-01.csv.part}) and renamed to its own only
     * when every file is complete, the entry list last: a run stopped on the way leaves only hidden
     * parts, or stage files without the entry list their numbers need, never a folder that looks
     * complete. When writing fails, what was written is removed again (and the folders this call
     * made), and the failure is thrown. Rows are written as the race makes them, one stage file
     * open at a time: no stage's rows are held in memory.
     *
     * @throws FileAlreadyExistsException when {@code folder} is a file or is not empty ({@link #refusal})
     * @throws IOException                when the folder cannot be made or a file cannot be written
     */
    public void write(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Optional<String> refused = refusal(folder);
        if (refused.isPresent()) {
            throw new FileAlreadyExistsException(folder.toString(), null, refused.get());
        }
        Path outermostMade = outermostMissing(folder);
        Files.createDirectories(folder);
        Staging staging = new Staging(folder);
        try {
            GeneratorSettings settings = generator.settings();
            Field field = Field.plan(settings.entries(), settings.stages(), settings.seed(), spreadsheetSafe);
            StageFiles stages = new StageFiles(field, staging);
            Race.run(field, stages);
            stages.finish();
            writeItinerary(field, staging);
            writeEntries(field, staging);
            staging.moveIntoPlace();
        } catch (Throwable failure) {
            staging.remove(failure);
            removeMade(folder, outermostMade, failure);
            throw failure;
        }
    }

    /** The outermost of {@code folder} and its parents that does not exist yet, or null when it exists. */
    private static Path outermostMissing(Path folder) {
        Path missing = null;
        for (Path path = folder.toAbsolutePath(); path != null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
                path = path.getParent()) {
            missing = path;
        }
        return missing;
    }

    /** After {@code failure}: removes the folders this call made, from {@code folder} out to {@code outermost}. */
    private static void removeMade(Path folder, Path outermost, Throwable failure) {
        for (Path path = folder.toAbsolutePath(); outermost != null && path != null; path = path.getParent()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                failure.addSuppressed(e);
                return;
            }
            if (path.equals(outermost)) {
                return;
            }
        }
    }

    private void writeItinerary(Field field, Staging staging) throws IOException {
        int stages = field.stages().size();
        List<String> bivouacs = Places.draw(generator.settings().seed(), stages + 1);
        Writer out = staging.begin(ITINERARY);
        out.append(ITINERARY_HEADER).append('\n');
        for (int stage = 1; stage <= stages; stage++) {
            out.append(Integer.toString(stage)).append(',')
                    .append(TimingSheetGenerator.START.plusDays(stage - 1L).toString()).append(',')
                    .append(cell(bivouacs.get(stage - 1))).append(',').append(cell(bivouacs.get(stage))).append(',')
                    .append(Integer.toString(field.stages().get(stage - 1).distanceKm())).append(',')
                    .append(cell(StageTypes.SPECIAL)).append('\n');
        }
        out.close();
    }

    private void writeEntries(Field field, Staging staging) throws IOException {
        Writer out = staging.begin(ENTRIES);
        generator.writeFacts(out);
        out.append(ENTRIES_HEADER).append('\n');
        for (Crew crew : field.crews()) {
            out.append(crew.entryListColumns(cell(crew.entry().categoryId()))).append('\n');
        }
        out.close();
    }

    private String cell(String value) {
        return Sheet.field(value, spreadsheetSafe);
    }

    /** The stage files and the stewards' file, written row by row as the race hands them over. */
    private final class StageFiles implements Race.Sink {
        private final Field field;
        private final Staging staging;
        private final int night;
        /** The stage being written, 0 before the first. */
        private int stage;
        private Writer out;
        private boolean clock;
        private long firstStart;
        /** The next crew's place in the stage's start order. */
        private int slot;
        /** The stage whose penalties go to the stewards' file: the first with one, 0 until then. */
        private int stewardsStage;
        private Writer stewards;

        StageFiles(Field field, Staging staging) {
            this.field = field;
            this.staging = staging;
            this.night = nightStage(field);
        }

        /** The last stage that runs for every category: the cancelled one is never the first. */
        private static int nightStage(Field field) {
            int last = field.stages().size();
            return last == field.cancelledStage() ? last - 1 : last;
        }

        @Override
        public void row(Crew crew, int rowStage, long time, long penalty, String reason, TimingStatus status)
                throws IOException {
            reach(rowStage);
            String number = Integer.toString(crew.entry().number());
            out.append(number).append(',');
            if (clock) {
                appendStartAndFinish(firstStart + (long) START_INTERVAL * slot++, time, status);
            } else if (time >= 0) {
                Sheet.appendTime(out, time);
            }
            if (penalty > 0 && stewardsStage == 0) {
                stewardsStage = rowStage;
            }
            boolean decidedLater = penalty > 0 && rowStage == stewardsStage;
            if (decidedLater) {
                appendStewardsPenalty(number, rowStage, penalty, reason);
            }
            out.append(',');
            if (penalty > 0 && !decidedLater) {
                Sheet.appendTime(out, penalty);
            }
            out.append(',').append(decidedLater ? "" : cell(reason)).append(',')
                    .append(cell(TimingSheetGenerator.statusWord(status))).append('\n');
        }

        /** A crew that did not start has neither; one that retired without a time, no finish. */
        private void appendStartAndFinish(long start, long time, TimingStatus status) throws IOException {
            if (status != TimingStatus.NOT_STARTED) {
                Sheet.appendTimeOfDay(out, start);
            }
            out.append(',');
            if (time >= 0) {
                // A time of day says nothing of whole days: a stage time must be under one. The longest
                // the race can make is about 21 hours (the longest special at the slowest pace, eight
                // standard deviations out, and the worst trouble).
                if (time >= Sheet.SECONDS_PER_DAY) {
                    throw new IllegalStateException("a stage time of " + time + " s cannot be written as start and"
                            + " finish times of day");
                }
                Sheet.appendTimeOfDay(out, start + time);
            }
        }

        private void appendStewardsPenalty(String number, int penaltyStage, long penalty, String reason)
                throws IOException {
            if (stewards == null) {
                stewards = staging.begin(PENALTIES);
                stewards.append(PENALTIES_HEADER).append('\n');
            }
            stewards.append(number).append(',').append(Integer.toString(penaltyStage)).append(',');
            Sheet.appendTime(stewards, penalty);
            stewards.append(',').append(cell(reason)).append('\n');
        }

        /** Opens each stage's file in turn up to {@code next}: a stage nobody started still has one. */
        private void reach(int next) throws IOException {
            if (next < stage) {
                throw new IllegalStateException("stage " + next + "'s row after stage " + stage + "'s: the race gives"
                        + " its rows stage by stage");
            }
            while (stage < next) {
                if (out != null) {
                    out.close();
                }
                stage++;
                clock = stage == night || (stage % 2 == 0 && stage != field.cancelledStage());
                firstStart = (stage == night ? NIGHT_START : DAY_START).toSecondOfDay();
                slot = 0;
                out = staging.begin(stageFileName(stage, field.stages().size()));
                out.append(clock ? CLOCK_HEADER : TIME_HEADER).append('\n');
            }
        }

        /** Writes the files of the stages no crew reached, and closes the last ones. */
        void finish() throws IOException {
            reach(field.stages().size());
            out.close();
            if (stewards != null) {
                stewards.close();
            }
        }
    }

    /**
     * The folder's files under hidden temporary names while they are written, renamed to their own in
     * the order they were begun once all are complete. Renames within one folder are atomic, and a
     * rename without {@code REPLACE_EXISTING} never replaces a file that has appeared meanwhile.
     */
    private static final class Staging {
        private final Path folder;
        private final List<String> names = new ArrayList<>();
        private final List<Writer> writers = new ArrayList<>();
        /** How many of {@link #names} are under their own name already. */
        private int moved;

        Staging(Path folder) {
            this.folder = folder;
        }

        /** A new, buffered UTF-8 file that will be called {@code name}. */
        Writer begin(String name) throws IOException {
            // Listed once made: a part that was there already is not this run's to delete.
            Writer writer = Files.newBufferedWriter(part(name), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            names.add(name);
            writers.add(writer);
            return writer;
        }

        void moveIntoPlace() throws IOException {
            for (Writer writer : writers) {
                writer.close();
            }
            for (String name : names) {
                Files.move(part(name), folder.resolve(name));
                moved++;
            }
        }

        /** After {@code failure}: closes and deletes every file begun, under whichever name it has. */
        void remove(Throwable failure) {
            for (Writer writer : writers) {
                try {
                    writer.close();
                } catch (IOException e) {
                    failure.addSuppressed(e);
                }
            }
            for (int i = 0; i < names.size(); i++) {
                try {
                    Files.deleteIfExists(i < moved ? folder.resolve(names.get(i)) : part(names.get(i)));
                } catch (IOException e) {
                    failure.addSuppressed(e);
                }
            }
        }

        private Path part(String name) {
            return folder.resolve("." + name + ".part");
        }
    }
}
