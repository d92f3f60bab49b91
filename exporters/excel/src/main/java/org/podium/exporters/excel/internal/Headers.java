package org.podium.exporters.excel.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.podium.report.Labels;

/**
 * The header of one sheet in the report's language, built column by column from the
 * {@code xlsx.col.*} labels. A duration takes two columns, the time and its milliseconds twin
 * ({@code xlsx.ms}), matching {@link RowValues#duration}.
 */
final class Headers {

    private static final String COLUMN = "xlsx.col.";

    private final Labels labels;
    private final List<String> names = new ArrayList<>();

    Headers(Labels labels) {
        this.labels = labels;
    }

    /** The column {@code xlsx.col.<key>}, its {@code {0}}… filled with the arguments. */
    Headers column(String key, String... arguments) {
        names.add(name(key, arguments));
        return this;
    }

    /** The duration column {@code xlsx.col.<key>} and its milliseconds twin. */
    Headers duration(String key, String... arguments) {
        String name = name(key, arguments);
        names.add(name);
        names.add(labels.text("xlsx.ms", name));
        return this;
    }

    Headers all(List<String> columns) {
        names.addAll(columns);
        return this;
    }

    /** The column name {@code xlsx.col.<key>} alone, to build another from it. */
    String name(String key, String... arguments) {
        return labels.text(COLUMN + key, arguments);
    }

    List<String> list() {
        return Collections.unmodifiableList(names);
    }
}
