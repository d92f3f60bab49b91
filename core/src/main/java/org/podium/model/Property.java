package org.podium.model;

import java.util.Objects;

/** A key and value as the source writes them, such as an infobox line {@code Country: FRA, ESP}. */
public record Property(String key, String value) {
    public Property {
        key = Objects.requireNonNull(Text.clean(key), "key");
        value = Objects.requireNonNull(Text.clean(value), "value");
    }
}
