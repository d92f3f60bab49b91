package org.podium.importers.csv.internal.sheet;

import java.util.HashMap;
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
    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    /** Each entry's crew as first spelled, {@code " / "}-joined. */
    private final Map<String, String> crewNames = new HashMap<>();
    private final EntryIds ids = new EntryIds();
    private final Map<String, String> categoryIds = new HashMap<>();

    /**
     * What makes a crew the same entry: its category and race number, or (without one) its names
     * lower-cased and {@code |}-joined. A record, not a string made per row.
     */
    private record Key(String categoryId, Integer number, String names) {
    }

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
        Key key = new Key(categoryId, number, number != null ? null
                : crew.collect(p -> p.name().toLowerCase(Locale.ROOT)).makeString("|"));
        Entry known = entries.get(key);
        String names = crew.collect(Person::name).makeString(" / ");
        if (known != null) {
            String first = crewNames.get(known.id());
            if (!first.equals(names)) {
                diagnostics.report(Diagnostic.warning(at, "race number " + number + " is " + first
                        + " on an earlier row and " + names + " here; the first spelling is kept"));
            }
            return known.id();
        }
        String id = ids.next(categoryId, number, crew.getFirst().name());
        entries.put(key, new Entry(id, categoryId, number, crew, make, entrant, vehicleClass));
        crewNames.put(id, names);
        return id;
    }

    /**
     * {@code names} as the entry's first row spelled them ({@link Entry#crewNames()}), that one
     * string when they are equal: a row keeps its crew's names for messages, and a million rows
     * keep some 70 000 strings rather than a million.
     */
    String sameNames(String entryId, String names) {
        String first = crewNames.get(entryId);
        return names.equals(first) ? first : names;
    }

    ImmutableList<Category> categories() {
        return Lists.immutable.ofAll(categories.values());
    }

    ImmutableList<Entry> entries() {
        return Lists.immutable.ofAll(entries.values());
    }
}
