package org.podium.exporters.pdf.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.Times;
import org.podium.spi.BulletinStatus;
import org.podium.spi.ExportException;

/**
 * The words and formats of one bulletin language. Labels come from the {@code labels} bundle,
 * looked up with an explicit locale and without falling back to the machine's locale.
 */
final class Labels {

    /** Unknown values print as a dash, not as an empty cell that could pass for "none". */
    static final String UNKNOWN = "—";

    private static final String BUNDLE = "org.podium.exporters.pdf.internal.labels";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
        this.dateTimeFormat = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", locale);
    }

    /** The labels of {@code en} or {@code fr}. */
    static Labels of(String language) throws ExportException {
        return switch (language) {
            case "en" -> new Labels(Locale.ENGLISH);
            case "fr" -> new Labels(Locale.FRENCH);
            default -> throw new ExportException(
                    "the PDF bulletin has no labels in language '" + language + "': use en or fr");
        };
    }

    /**
     * The label for {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments as given.
     * Not MessageFormat: it would turn the apostrophes of French labels into quoting.
     */
    String text(String key, String... arguments) {
        String text = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    /**
     * "{@code n} things" from {@code key.one} or {@code key.other}: French takes the singular for
     * 0 and 1 ("0 contradiction"), English for 1 only.
     */
    String count(String key, int n) {
        boolean singular = locale.getLanguage().equals(Locale.FRENCH.getLanguage()) ? n <= 1 : n == 1;
        return text(key + (singular ? ".one" : ".other"), Integer.toString(n));
    }

    String status(BulletinStatus status) {
        return text("status." + status.id());
    }

    String statusLowerCase(BulletinStatus status) {
        return text("status.lower." + status.id());
    }

    String result(ResultStatus status) {
        return switch (status) {
            case CLASSIFIED -> "";
            case RETIRED -> text("result.retired");
            case DISQUALIFIED -> text("result.disqualified");
            case NOT_STARTED -> text("result.notStarted");
            case NOT_CLASSIFIED -> text("result.notClassified");
        };
    }

    String date(LocalDate date) {
        return date == null ? UNKNOWN : dateFormat.format(date);
    }

    /** The issue time in the chosen zone, with the zone named so that nobody has to guess it. */
    String issued(OffsetDateTime issuedAt, ZoneId zone) {
        return dateTimeFormat.format(issuedAt.atZoneSameInstant(zone)) + " " + zoneName(zone, issuedAt);
    }

    private static String zoneName(ZoneId zone, OffsetDateTime at) {
        ZoneOffset offset = zone.getRules().getOffset(at.toInstant());
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        return zone.normalized() instanceof ZoneOffset ? utc : zone.getId() + " (" + utc + ")";
    }

    static String place(Place place) {
        return place == null ? UNKNOWN : place.name();
    }

    /** {@code toPlainString}: a stripped {@code 400} would otherwise print as {@code 4E+2}. */
    static String kilometres(BigDecimal distance) {
        return distance == null ? UNKNOWN : distance.toPlainString();
    }

    static String time(Duration time) {
        return time == null ? UNKNOWN : Times.format(time);
    }

    static String gap(Duration gap) {
        return gap == null || gap.isZero() ? "" : Times.formatGap(gap);
    }

    static String person(Person person) {
        return person.nationality() == null ? person.name() : person.name() + " (" + person.nationality() + ")";
    }

    String stageReference(String stageLabel) {
        return stageLabel == null ? text("stage.notStated") : text("stage.reference", stageLabel);
    }
}
