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
}
