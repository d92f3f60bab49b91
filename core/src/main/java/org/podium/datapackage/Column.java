package org.podium.datapackage;

import java.util.Objects;

/** One column of a data package table. */
public record Column(String name, ColumnType type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
