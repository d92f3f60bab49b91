package org.podium.exporters.excel.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The typed values of one sheet row, in column order. A missing value (null) is a blank cell; a
 * duration takes two columns, the time and its milliseconds twin.
 */
public final class RowValues {

    /** A stage label written as a number in the sheets: plain digits that fit an int. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]{1,9}");

    /** One cell's value; the writer picks the cell type and number format from the kind. */
    sealed interface Value permits Blank, Text, WholeNumber, Decimal, Day, DayTime, Elapsed, Millis, Flag {
    }

    record Blank() implements Value {
    }

    record Text(String text) implements Value {
    }

    record WholeNumber(long number) implements Value {
    }

    record Decimal(BigDecimal number) implements Value {
    }

    record Day(LocalDate date) implements Value {
    }

    record DayTime(LocalDateTime dateTime) implements Value {
    }

    /** A duration as a spreadsheet time: a fraction of a day. */
    record Elapsed(Duration duration) implements Value {
    }

    /** The integer milliseconds twin of a duration. */
    record Millis(long millis) implements Value {
    }

    record Flag(boolean flag) implements Value {
    }

    private static final Blank BLANK = new Blank();

    private final List<Value> values = new ArrayList<>();

    public static RowValues of() {
        return new RowValues();
    }

    public RowValues text(String text) {
        values.add(text == null ? BLANK : new Text(text));
        return this;
    }

    public RowValues integer(Integer number) {
        values.add(number == null ? BLANK : new WholeNumber(number));
        return this;
    }

    public RowValues decimal(BigDecimal number) {
        values.add(number == null ? BLANK : new Decimal(number));
        return this;
    }

    public RowValues date(LocalDate date) {
        values.add(date == null ? BLANK : new Day(date));
        return this;
    }

    public RowValues dateTime(LocalDateTime dateTime) {
        values.add(dateTime == null ? BLANK : new DayTime(dateTime));
        return this;
    }

    /** The duration and its milliseconds: two cells, both blank when the duration is unknown. */
    public RowValues duration(Duration duration) {
        values.add(duration == null ? BLANK : new Elapsed(duration));
        values.add(duration == null ? BLANK : new Millis(duration.toMillis()));
        return this;
    }

    /** The duration alone, for a key/value sheet that has no column for the twin. */
    public RowValues durationOnly(Duration duration) {
        values.add(duration == null ? BLANK : new Elapsed(duration));
        return this;
    }

    public RowValues flag(boolean flag) {
        values.add(new Flag(flag));
        return this;
    }

    /** A stage label: a number where the label is one ({@code 10}), else text ({@code P}, {@code 12A}). */
    public RowValues stage(String label) {
        if (label != null && NUMERIC_LABEL.matcher(label).matches()) {
            values.add(new WholeNumber(Long.parseLong(label)));
        } else {
            text(label);
        }
        return this;
    }

    List<Value> values() {
        return Collections.unmodifiableList(values);
    }
}
