package org.podium.model;

import java.util.Objects;

/**
 * A crew member.
 *
 * @param name        the name as the source spells it, NFC-normalised
 * @param nationality the nationality code as written ({@code FRA}, {@code AND}), or null
 */
public record Person(String name, String nationality) {
    public Person {
        name = Objects.requireNonNull(Text.cleanOrNull(name), "name");
        nationality = Text.cleanOrNull(nationality);
    }
}
