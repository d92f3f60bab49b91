package org.podium.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.engine.StageTime;
import org.podium.engine.TimingStatus;
import org.podium.generator.internal.Crew;
import org.podium.generator.internal.Field;
import org.podium.generator.internal.Race;
import org.podium.generator.internal.Sheet;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;

/**
 * Writes a synthetic but realistic timing sheet for a rally raid: bikes, quads, cars and trucks
 * (as many as the field can fill), crews of one to three with accented names and nationality
 * codes, stage times that follow each crew's pace and each stage's length, penalties with their
 * reasons, retirements (with or without a time, and no rows after), a few disqualifications and
 * non-starters, and, when there are at least two stages, one stage cancelled for one category,
 * where every crew still racing gets the same awarded time.
 *
 * <p>The sheet ({@link #write}): UTF-8 text with {@code \n} line ends; three comment lines
 * ({@code # event:}, {@code # start:}, {@code # generator:}); the header {@link #HEADER}; then
 * one row per crew per stage it started, by stage, then category, then race number. Fields are
 * quoted as RFC 4180 says, only when they must be. Times and penalties are {@code H:MM:SS}.
 *
 * <p>Everything follows from the {@link GeneratorSettings}: no clock, no default locale, no hash
 * order. Stateless: {@link #write} and {@link #generateEvent} may be called any number of times,
 * from any thread, and always agree.
 */
public final class TimingSheetGenerator {

    /** The sheet's columns, in order. */
    public static final String HEADER = "category,stage,number,crew,nationality,make,entrant,time,penalty,"
            + "penalty reason,status";
    /** The event's first day, fixed so the sheet never depends on when it was generated. */
    public static final LocalDate START = LocalDate.of(2026, 1, 3);
    /** Lines before the first row: three comments and the header. */
    private static final int PREAMBLE_LINES = 4;

    private final GeneratorSettings settings;

    public TimingSheetGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** {@code Podium Generated Rally <seed>}. */
    public String eventName() {
        return "Podium Generated Rally " + settings.seed();
    }

    /**
     * Writes the sheet, row by row, so a large one is never held in memory. Rows stream from the
     * start: the field is drawn first as numbers only, and each crew is made when its first row is
     * written, so the first rows come long before the last crew is made, and an {@code out} that
     * fails (a closed pipe) stops the work at once. Does not flush or close {@code out}: the caller
     * owns it, and should buffer it.
     *
     * @throws IOException when {@code out} fails
     */
    public void write(Appendable out) throws IOException {
        write(out, false);
    }

    /**
     * Writes the sheet as {@link #write(Appendable)} does; with {@code spreadsheetSafe}, each text
     * cell (category, names, nationalities, make, entrant, penalty reason, status) a spreadsheet would
     * run as a formula gets a leading {@code '}, by Podium's one rule for it
     * ({@link org.podium.csv.CsvRecords#spreadsheetSafe}); times, stage labels and race numbers are
     * digits and never need it. The generator's own names and words never begin with such a
     * character, so today both sheets have the same bytes: the option is there so that every
     * command writing CSV takes it, and so that a word added later cannot slip through.
     *
     * @throws IOException when {@code out} fails
     */
    public void write(Appendable out, boolean spreadsheetSafe) throws IOException {
        Objects.requireNonNull(out, "out");
        writeFacts(out);
        out.append(HEADER).append('\n');
        Field field = Field.plan(settings.entries(), settings.stages(), settings.seed(), spreadsheetSafe);
        String[] stageLabels = new String[settings.stages() + 1];
        for (int s = 1; s <= settings.stages(); s++) {
            stageLabels[s] = Integer.toString(s);
        }
        Race.run(field, (crew, stage, time, penalty, reason, status) -> {
            out.append(Sheet.field(crew.entry().categoryId(), spreadsheetSafe)).append(',')
                    .append(stageLabels[stage]).append(',').append(crew.columns()).append(',');
            if (time >= 0) {
                Sheet.appendTime(out, time);
            }
            out.append(',');
            if (penalty > 0) {
                Sheet.appendTime(out, penalty);
            }
            out.append(',').append(Sheet.field(reason, spreadsheetSafe)).append(',')
                    .append(Sheet.field(statusWord(status), spreadsheetSafe)).append('\n');
        });
    }

    /**
     * The event's facts as comment lines ({@code # event:}, {@code # start:}, {@code # generator:}),
     * as the sheet and the race folder's entry list begin.
     */
    void writeFacts(Appendable out) throws IOException {
        out.append("# event: ").append(eventName()).append('\n');
        out.append("# start: ").append(START.toString()).append('\n');
        out.append("# generator: ").append(settings.commandLine()).append('\n');
    }

    /** The sheet as text; for small sheets and tests. */
    public String writeToString() {
        StringBuilder text = new StringBuilder();
        try {
            write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return text.toString();
    }

    /**
     * The same data as the sheet, as core types: exactly what the sheet says, nothing more (no
     * stage dates or distances, no classifications), so an importer's reading of the sheet can be
     * compared with it.
     */
    public GeneratedEvent generateEvent() {
        Field field = Field.plan(settings.entries(), settings.stages(), settings.seed());
        MutableList<StageTime> times = Lists.mutable.withInitialCapacity(field.size() * settings.stages());
        MutableList<Penalty> penalties = Lists.mutable.empty();
        try {
            Race.run(field, (crew, stage, time, penalty, reason, status) -> {
                String entryId = crew.entry().id();
                String label = Integer.toString(stage);
                SourcePosition line = SourcePosition.of("", PREAMBLE_LINES + times.size() + 1, 0);
                times.add(new StageTime(entryId, label, time < 0 ? null : Duration.ofSeconds(time), status, line));
                if (penalty > 0) {
                    penalties.add(new Penalty(entryId, label, Duration.ofSeconds(penalty), reason, null));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("collecting rows in memory does not fail", e);
        }
        ImmutableList<Category> categories = field.categories();
        MutableList<Stage> stages = Lists.mutable.empty();
        for (int s = 1; s <= settings.stages(); s++) {
            int stage = s;
            ImmutableList<StageCategory> perCategory = categories.collect(c -> new StageCategory(c.id(),
                    field.cancelled(stage, c.id()) ? StageStatus.CANCELLED : StageStatus.RUN, null));
            stages.add(new Stage(s, Integer.toString(s), null, null, null, null, StageTypes.SPECIAL, perCategory,
                    SourcePosition.UNKNOWN));
        }
        ImmutableList<AwardedTime> awarded = field.cancelledStage() == 0
                ? Lists.immutable.empty()
                : Lists.immutable.of(new AwardedTime(field.cancelledCategory(), Integer.toString(field.cancelledStage()),
                        Duration.ofSeconds(field.awardedSeconds()), null));
        Event event = new Event(eventName(), null, START, null, null, "", Lists.immutable.empty(), categories,
                stages.toImmutable(), Lists.immutable.fromStream(field.crews().stream().map(Crew::entry)),
                Lists.immutable.empty(), penalties.toImmutable(), awarded, Lists.immutable.empty());
        return new GeneratedEvent(event, times.toImmutable());
    }

    /** The status column's word: empty for a finish. */
    static String statusWord(TimingStatus status) {
        return switch (status) {
            case FINISHED -> "";
            case AWARDED -> "awarded";
            case RETIRED -> "DNF";
            case DISQUALIFIED -> "DSQ";
            case NOT_STARTED -> "DNS";
            case CANCELLED -> "cancelled";
        };
    }
}
