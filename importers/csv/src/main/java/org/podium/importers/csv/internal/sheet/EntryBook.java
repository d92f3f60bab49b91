package org.podium.importers.csv.internal.sheet;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.factory.Lists;
import org.podium.model.Category;
import org.podium.model.Entry;
import org.podium.model.EntryIds;
import org.podium.model.Person;
import org.podium.model.Slugs;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The categories and entries a table names, each once, in order of first appearance: a crew is
 * the same entry on every row with its race number, or (without one) with its names.
 */
final class EntryBook {

    private final Diagnostics diagnostics;
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final EntryIds ids = new EntryIds();
    private final Map<String, String> categoryIds = new java.util.HashMap<>();

    EntryBook(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The category with this name (matched by its slug), added when new. */
    String category(String name) {
        // Every row names its category: the slug (normalising, transliterating) is made once per name.
        String known = categoryIds.get(name);
        if (known != null) {
            return known;
        }
        String id = Slugs.of(name);
        categories.putIfAbsent(id, new Category(id, name, Lists.immutable.empty()));
        categoryIds.put(name, id);
        return id;
    }

    /** The entry's id, the entry added when it is new. */
    String entry(String categoryId, Integer number, ImmutableList<Person> crew, String make, String entrant,
            String vehicleClass, SourcePosition at) {
        String key = categoryId + (number != null ? "#" + number
                : "|" + crew.collect(p -> p.name().toLowerCase(Locale.ROOT)).makeString("|"));
        Entry known = entries.get(key);
        if (known != null) {
            if (!known.crewNames().equals(crew.collect(Person::name).makeString(" / "))) {
                diagnostics.report(Diagnostic.warning(at, "race number " + number + " is " + known.crewNames()
                        + " on an earlier row and " + crew.collect(Person::name).makeString(" / ")
                        + " here; the first spelling is kept"));
            }
            return known.id();
        }
        String id = ids.next(categoryId, number, crew.getFirst().name());
        entries.put(key, new Entry(id, categoryId, number, crew, make, entrant, vehicleClass));
        return id;
    }

    ImmutableList<Category> categories() {
        return Lists.immutable.ofAll(categories.values());
    }

    ImmutableList<Entry> entries() {
        return Lists.immutable.ofAll(entries.values());
    }
}
