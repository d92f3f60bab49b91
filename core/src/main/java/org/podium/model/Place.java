package org.podium.model;

import java.util.Objects;

/**
 * A place on the route.
 *
 * @param name    the place without its country code ({@code Arras})
 * @param country the country code as the source writes it ({@code FRA}), or null when not given
 */
public record Place(String name, String country) {
    public Place {
        name = Objects.requireNonNull(Text.cleanOrNull(name), "name");
        country = Text.cleanOrNull(country);
    }
}
