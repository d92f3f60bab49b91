package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Category;
import org.podium.model.Slugs;

/**
 * The categories an article names, in the order first seen, with every name each goes by:
 * {@code Motorcycles} and {@code Bikes} are one category. The set is open: a label Podium does not
 * know becomes a category of its own.
 */
final class Categories {

    /** Labels that name the same category, by the id Podium gives it. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("bikes", "bikes"), Map.entry("bike", "bikes"), Map.entry("motorcycles", "bikes"),
            Map.entry("motorcycle", "bikes"), Map.entry("motorbikes", "bikes"), Map.entry("motos", "bikes"),
            Map.entry("moto", "bikes"),
            Map.entry("cars", "cars"), Map.entry("car", "cars"), Map.entry("autos", "cars"),
            Map.entry("auto", "cars"),
            Map.entry("trucks", "trucks"), Map.entry("truck", "trucks"), Map.entry("camions", "trucks"),
            Map.entry("lorries", "trucks"),
            Map.entry("quads", "quads"), Map.entry("quad", "quads"),
            Map.entry("ssv", "ssv"), Map.entry("ssvs", "ssv"), Map.entry("side-by-side", "ssv"),
            Map.entry("utv", "ssv"), Map.entry("utvs", "ssv"));

    private final MutableList<String> ids = Lists.mutable.empty();
    private final MutableList<MutableList<String>> labels = Lists.mutable.empty();

    /** The id for a label, recording the label; the first label seen names the category. */
    String see(String label) {
        String id = idOf(label);
        int index = ids.indexOf(id);
        if (index < 0) {
            ids.add(id);
            labels.add(Lists.mutable.of(label.strip()));
        } else if (labels.get(index).noneSatisfy(l -> l.equalsIgnoreCase(label.strip()))) {
            labels.get(index).add(label.strip());
        }
        return id;
    }

    /** Whether a label names a category Podium knows by name (not merely any text). */
    static boolean isKnownLabel(String label) {
        return SYNONYMS.containsKey(label.strip().toLowerCase(Locale.ROOT));
    }

    static String idOf(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        return SYNONYMS.getOrDefault(key, Slugs.of(label));
    }

    ImmutableList<Category> all() {
        MutableList<Category> categories = Lists.mutable.empty();
        for (int i = 0; i < ids.size(); i++) {
            MutableList<String> names = labels.get(i);
            categories.add(new Category(ids.get(i), names.getFirst(), names.drop(1).toImmutable()));
        }
        return categories.toImmutable();
    }
}
