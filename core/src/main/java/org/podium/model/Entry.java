package org.podium.model;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One crew in one category for the whole event, however many tables name it.
 *
 * @param id         stable id: {@code <category>-<number>}, else {@code <category>-<slug of the
 *                   first crew member>} (see {@link EntryIds})
 * @param categoryId the category's id
 * @param number     the race number, or null when no source gives it
 * @param crew       one to three persons, driver (or rider) first
 * @param make       the vehicle as the final standings name it, else as first seen; null if unknown
 * @param entrant    the entrant or team, or null
 * @param vehicleClass the class within the category ({@code T1}), or null
 */
public record Entry(
        String id,
        String categoryId,
        Integer number,
        ImmutableList<Person> crew,
        String make,
        String entrant,
        String vehicleClass) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(crew, "crew");
        if (crew.isEmpty()) {
            throw new IllegalArgumentException("an entry has at least one person: " + id);
        }
        make = Text.cleanOrNull(make);
        entrant = Text.cleanOrNull(entrant);
        vehicleClass = Text.cleanOrNull(vehicleClass);
    }

    /** The first crew member: the rider, or the driver. */
    public Person driver() {
        return crew.getFirst();
    }

    /** The crew's names joined by {@code " / "}, driver first. */
    public String crewNames() {
        return crew.collect(Person::name).makeString(" / ");
    }
}
