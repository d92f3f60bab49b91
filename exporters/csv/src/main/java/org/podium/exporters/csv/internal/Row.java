package org.podium.exporters.csv.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.datapackage.DataPackageSchema;
import org.podium.model.Times;

/**
 * One record being built, cell by cell, in the value formats of {@code data-package.md}. A missing
 * value (null) is an empty field; a time adds two cells, the time and its {@code _ms} twin, as
 * {@link DataPackageSchema#expandedColumns} lays them out.
 *
 * <p>A table writer reuses one row for all its records ({@link CsvFileWriter#row()}): a results
 * file has a record per classification row, and a list per record was most of what it allocated.
 */
final class Row {

    private final List<String> cells;

    private Row(int width) {
        this.cells = new ArrayList<>(width);
    }

    static Row of() {
        return new Row(8);
    }

    static Row ofWidth(int width) {
        return new Row(width);
    }

    /** Empties the row for the next record. */
    Row clear() {
        cells.clear();
        return this;
    }

    Row text(String value) {
        cells.add(value == null ? "" : value);
        return this;
    }

    Row integer(Integer value) {
        return text(value == null ? null : Integer.toString(value));
    }

    Row date(LocalDate value) {
        return text(value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(value));
    }

    Row distance(BigDecimal km) {
        return text(km == null ? null : DataPackageSchema.formatDistance(km));
    }

    /** A {@code number} column other than a distance (championship points): the same format. */
    Row number(BigDecimal value) {
        return text(value == null ? null : DataPackageSchema.formatDecimal(value));
    }

    Row flag(boolean value) {
        return text(value ? "true" : "false");
    }

    /** Items joined by {@code " / "}; an empty list is an empty field. */
    Row list(ImmutableList<String> items) {
        return text(items.makeString(DataPackageSchema.LIST_SEPARATOR));
    }

    /** The time and its milliseconds, or two empty fields. */
    Row time(Duration value) {
        text(value == null ? null : Times.format(value));
        return text(value == null ? null : Long.toString(value.toMillis()));
    }

    /** The cells so far; a view, valid until the row is cleared. */
    List<String> cells() {
        return cells;
    }
}
