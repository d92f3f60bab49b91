package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.podium.model.ResultTime;

/**
 * One cell of a time, gap or penalty column read under its column's {@link TimeReading}: core's
 * {@link ResultTime} reads every notation of the field, and the column's reading decides what only
 * the column can, a bare {@code 3.57} or a {@code 1:00.44}.
 *
 * @param kind     what the cell holds
 * @param duration the time or gap, for {@link Kind#TIME} and {@link Kind#GAP}; else null
 * @param laps     laps behind, for {@link Kind#LAPS_BEHIND}; else 0
 * @param text     the cell as written, trimmed
 */
record ResultCell(Kind kind, Duration duration, int laps, String text) {

    /** What a cell holds. */
    enum Kind {
        /** Nothing: empty, or a dash. */
        BLANK,
        /** A time. */
        TIME,
        /** A gap, written with {@code +}. */
        GAP,
        /** {@code s.t.}: the same time as the row above. */
        SAME_TIME,
        /** {@code +1 lap}. */
        LAPS_BEHIND,
        /** Words, not a time: a status or why a crew stopped ({@code DNF}, {@code Accident}). */
        WORD,
        /** Neither a time nor words ({@code 3:59;36.4}, {@code O4:43:07}). */
        UNREADABLE
    }

    static final ResultCell BLANK = new ResultCell(Kind.BLANK, null, 0, "");

    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d:\\d{2}),(\\d{1,3})$");
    /**
     * A clock inside a cell ({@code O4:43:07}, {@code x1:02:03}): the cell is a time mistyped, not
     * words, however it begins; read as words it would retire a crew that finished.
     */
    private static final Pattern CLOCK = Pattern.compile("\\d:\\d{2}");

    /** The notations an unreadable cell is told to use. */
    static final String NOTATIONS = "3:59:18.9, 48:00:59, 6:12, 44:44.982, 2h28m50.8s, 1h 02' 03\", 46.11.30,"
            + " +5.789, + 3m30.8s, +1 lap, s.t.";

    static ResultCell read(String cell, TimeReading reading) {
        String written = cell.strip();
        if (TimeReading.isBlank(written)) {
            return BLANK;
        }
        // A decimal comma, as spreadsheets in much of Europe save a ';'-separated file: 2:58:33,4.
        String text = written.indexOf(',') < 0 ? written : DECIMAL_COMMA.matcher(written).replaceFirst("$1.$2");
        boolean plus = text.startsWith("+");
        // The column's decision comes first: ResultTime would read 1:00.44 as 1 min 0.44 s.
        if (reading == TimeReading.DOTTED && TimeReading.readsTwoWays(text)) {
            return timeOrGap(plus, TimeReading.DOTTED.read(text).orElseThrow(), written);
        }
        Optional<ResultTime> result = ResultTime.read(text);
        if (result.isPresent()) {
            ResultTime value = result.get();
            return switch (value.kind()) {
                case TIME -> new ResultCell(Kind.TIME, value.duration(), 0, written);
                case GAP -> new ResultCell(Kind.GAP, value.duration(), 0, written);
                case SAME_TIME -> new ResultCell(Kind.SAME_TIME, null, 0, written);
                case LAPS_BEHIND -> new ResultCell(Kind.LAPS_BEHIND, null, value.laps(), written);
            };
        }
        Optional<Duration> bare = reading.read(text);
        if (bare.isPresent()) {
            return timeOrGap(plus, bare.get(), written);
        }
        boolean words = Character.isLetter(text.codePointAt(0)) && !CLOCK.matcher(text).find();
        return new ResultCell(words ? Kind.WORD : Kind.UNREADABLE, null, 0, written);
    }

    private static ResultCell timeOrGap(boolean plus, Duration duration, String text) {
        return new ResultCell(plus ? Kind.GAP : Kind.TIME, duration, 0, text);
    }

    /** A time or a gap, whichever the cell wrote: in a gap column, {@code 0.0} and {@code +3.57} are both gaps. */
    boolean hasDuration() {
        return kind == Kind.TIME || kind == Kind.GAP;
    }
}
