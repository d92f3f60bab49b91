package org.podium.generator.internal;

import org.podium.model.Entry;

/**
 * One generated entry and what the race needs of it.
 *
 * @param entry      the entry as the event holds it
 * @param discipline its category
 * @param pace       its time over the fastest crews' (1.0 is the pace of the winners)
 * @param columns    the sheet's number, crew, nationality, make and entrant fields, already
 *                   quoted and joined, since they are the same on every stage
 */
public record Crew(Entry entry, Discipline discipline, double pace, String columns) {

    /**
     * The entry list's row: the sheet's columns with the category's cell after the number
     * ({@code number,category,crew,nationality,make,entrant}).
     */
    public String entryListColumns(String categoryCell) {
        int afterNumber = columns.indexOf(',');
        return columns.substring(0, afterNumber) + ',' + categoryCell + columns.substring(afterNumber);
    }
}
