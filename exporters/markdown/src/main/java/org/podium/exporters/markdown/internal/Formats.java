package org.podium.exporters.markdown.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.podium.model.Entry;
import org.podium.model.Place;
import org.podium.report.Labels;

/**
 * How the Markdown prints values that need no words, the same in every language: ISO dates (a
 * Markdown file is read and diffed as text, and {@code 2001-12-28} means one thing everywhere),
 * places, crews and race numbers. Words come from {@link Labels}.
 */
final class Formats {

    private Formats() {
    }

    /** {@code 2001-12-28}; the dash when unknown. */
    static String date(LocalDate date) {
        return date == null ? Labels.UNKNOWN : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** {@code 2002-01-13T18:00:00Z[Africa/Dakar]}: the instant, in the zone asked for, with the zone named. */
    static String issued(OffsetDateTime issuedAt, ZoneId zone) {
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(issuedAt.atZoneSameInstant(zone));
    }

    /** {@code Arras (FRA)}, or the name alone when the country is unknown; the dash when there is no place. */
    static String place(Place place) {
        if (place == null) {
            return Labels.UNKNOWN;
        }
        return place.country() == null ? place.name() : place.name() + " (" + place.country() + ")";
    }

    /** Every crew member with nationality, driver first. */
    static String crew(Entry entry) {
        return entry.crew().collect(Labels::person).makeString(", ");
    }

    /** The race number, or empty when no source gives one. */
    static String number(Entry entry) {
        return entry.number() == null ? "" : Integer.toString(entry.number());
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
