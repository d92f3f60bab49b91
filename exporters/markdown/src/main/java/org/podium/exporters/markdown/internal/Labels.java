package org.podium.exporters.markdown.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.podium.model.Entry;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.Times;

/** How the document prints model values, so that every table prints them the same way. */
final class Labels {

    /** Unknown values print as a dash, not as an empty cell that could pass for "none". */
    static final String UNKNOWN = "—";

    private Labels() {
    }

    static String date(LocalDate date) {
        return date == null ? UNKNOWN : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    static String place(Place place) {
        if (place == null) {
            return UNKNOWN;
        }
        return place.country() == null ? place.name() : place.name() + " (" + place.country() + ")";
    }

    static String person(Person person) {
        return person.nationality() == null ? person.name() : person.name() + " (" + person.nationality() + ")";
    }

    static String crew(Entry entry) {
        return entry.crew().collect(Labels::person).makeString(", ");
    }

    static String number(Entry entry) {
        return entry.number() == null ? "" : Integer.toString(entry.number());
    }

    /** {@code toPlainString}: a stripped {@code 400} would otherwise print as {@code 4E+2}. */
    static String kilometres(BigDecimal distance) {
        return distance == null ? UNKNOWN : distance.toPlainString();
    }

    static String time(Duration time) {
        return time == null ? UNKNOWN : Times.format(time);
    }

    static String gap(Duration gap) {
        return gap == null ? "" : Times.formatGap(gap);
    }

    static String status(ResultStatus status) {
        return switch (status) {
            case CLASSIFIED -> "Classified";
            case RETIRED -> "Retired";
            case DISQUALIFIED -> "Disqualified";
            case NOT_STARTED -> "Did not start";
            case NOT_CLASSIFIED -> "Not classified";
        };
    }

    /** "stage 3", or the words the brief asks for when the source does not say which stage. */
    static String stageReference(String stageLabel) {
        return stageLabel == null ? "stage not stated" : "stage " + stageLabel;
    }
}
