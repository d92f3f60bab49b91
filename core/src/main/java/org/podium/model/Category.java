package org.podium.model;

import java.util.Locale;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A competition within the event (bikes, cars, trucks, quads, …). The set is open.
 *
 * @param id      lower-case id used everywhere else ({@code bikes})
 * @param name    the display name ({@code Bikes})
 * @param aliases other names it goes by ({@code Motorcycles}), never including {@code name}
 */
public record Category(String id, String name, ImmutableList<String> aliases) {
    public Category {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNull(Text.clean(name), "name");
        Objects.requireNonNull(aliases, "aliases");
    }

    /** Whether a heading or label names this category ({@code Motorcycles} names bikes). */
    public boolean isNamed(String label) {
        String wanted = Text.clean(label).toLowerCase(Locale.ROOT);
        return id.equals(wanted)
                || name.toLowerCase(Locale.ROOT).equals(wanted)
                || aliases.anySatisfy(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
