package org.podium.datapackage;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One CSV file of the data package.
 *
 * @param name    the resource name in {@code datapackage.json} ({@code results})
 * @param columns the columns, in the order they are written
 */
public record Table(String name, ImmutableList<Column> columns) {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
    }

    public String fileName() {
        return name + ".csv";
    }

    public ImmutableList<String> header() {
        return columns.collect(Column::name);
    }

    /** The column's index, or -1. */
    public int indexOf(String column) {
        return columns.detectIndex(c -> c.name().equals(column));
    }
}
