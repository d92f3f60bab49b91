package org.podium.importers.csv.internal;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One record of a CSV file with the physical line it starts on: Commons CSV's record numbers skip
 * blank lines and count a quoted line break as nothing, so they cannot point a person at a cell.
 *
 * @param line  1-based physical line of the record's first character
 * @param cells the fields as read, in column order
 */
public record SheetRow(int line, ImmutableList<String> cells) {
    public SheetRow {
        Objects.requireNonNull(cells, "cells");
    }

    /** The field at a 0-based index, or empty when the record is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every field is empty or blank. */
    public boolean isBlank() {
        return cells.allSatisfy(String::isBlank);
    }
}
