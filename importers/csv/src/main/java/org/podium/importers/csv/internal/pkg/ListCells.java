package org.podium.importers.csv.internal.pkg;

import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.datapackage.DataPackageSchema;

/** Lists inside one cell, joined by {@code " / "} as the package writes them. */
final class ListCells {

    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(DataPackageSchema.LIST_SEPARATOR));

    private ListCells() {
    }

    /**
     * The items of a cell; none for an empty one. Empty items are kept (an unknown nationality
     * between known ones keeps its place), so the split never drops a trailing one.
     */
    static ImmutableList<String> split(String cell) {
        if (cell == null || cell.isEmpty()) {
            return Lists.immutable.empty();
        }
        return Lists.immutable.of(SEPARATOR.split(cell, -1));
    }
}
