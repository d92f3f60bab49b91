package org.podium.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out entry ids as the data package defines them: {@code <category>-<number>} when the race
 * number is known, else {@code <category>-<slug of the first crew member>}, with {@code -2},
 * {@code -3} for clashes in order of first appearance. One instance per event being built.
 */
public final class EntryIds {

    private final Set<String> taken = new HashSet<>();

    public String next(String categoryId, Integer number, String firstCrewMember) {
        String base = categoryId + "-" + (number != null ? number.toString() : Slugs.of(firstCrewMember));
        String id = base;
        for (int clash = 2; !taken.add(id); clash++) {
            id = base + "-" + clash;
        }
        return id;
    }
}
