package org.podium.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.Times;

/**
 * The words and formats of documents in one language: one message bundle per language
 * ({@code org/podium/report/labels.properties}, {@code labels_fr.properties}) that every
 * human-readable exporter reads, so that {@code --lang fr} means the same everywhere. Category
 * names and everything else the source writes stay as the source gives them.
 *
 * <p>Bundles are looked up with an explicit locale and never fall back to the machine's. A plugin
 * with words of its own layers its bundle over these with {@link #withBundle}.
 */
public final class Labels {

    /** The languages documents can be written in. */
    public static final ImmutableList<String> LANGUAGES = Lists.immutable.of("en", "fr");

    /** Unknown values print as a dash, not as an empty cell that could pass for "none". */
    public static final String UNKNOWN = "—";

    private static final String BUNDLE = "org.podium.report.labels";

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    private Labels(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = List.copyOf(bundles);
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
        this.dateTimeFormat = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", locale);
    }

    /**
     * The labels of a language.
     *
     * @throws IllegalArgumentException for a language not in {@link #LANGUAGES}
     */
    public static Labels of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no labels in language '" + language + "' ("
                    + LANGUAGES.makeString(", ") + ")");
        }
        Locale locale = Locale.forLanguageTag(language);
        return new Labels(locale, List.of(bundle(BUNDLE, locale, Labels.class.getClassLoader())));
    }

    /**
     * These labels with a plugin's own bundle searched first: {@code baseName} names a properties
     * bundle on {@code loader} with the same languages.
     *
     * @throws MissingResourceException when the plugin has no bundle for this language
     */
    public Labels withBundle(String baseName, ClassLoader loader) {
        List<ResourceBundle> layered = new ArrayList<>();
        layered.add(bundle(baseName, locale, loader));
        layered.addAll(bundles);
        return new Labels(locale, layered);
    }

    /** The language's code: {@code en} or {@code fr}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The locale of dates and words; never the machine's. */
    public Locale locale() {
        return locale;
    }

    /**
     * The label for {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments as given.
     * Not MessageFormat: it would turn the apostrophes of French labels into quoting.
     *
     * @throws MissingResourceException when no bundle has the key: a missing label is a bug
     */
    public String text(String key, String... arguments) {
        String text = lookup(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    /**
     * "{@code n} things" from {@code key.one} or {@code key.other}: French takes the singular for
     * 0 and 1 ("0 contradiction"), English for 1 only.
     */
    public String count(String key, int n) {
        boolean singular = locale.getLanguage().equals("fr") ? n <= 1 : n == 1;
        return text(key + (singular ? ".one" : ".other"), Integer.toString(n));
    }

    /**
     * The sentence under a classification the source gives only in part: "Top 3 only" when its
     * classified crews hold the first positions without a hole; otherwise how many of the first
     * positions it gives, so a table of 1–4, 14 and 15 is never called a top six.
     */
    public String incomplete(Classification classification) {
        ImmutableList<ClassificationRow> classified =
                classification.rows().select(row -> row.status() == ResultStatus.CLASSIFIED);
        int last = classified.collectInt(row -> row.position() == null ? 0 : row.position()).maxIfEmpty(0);
        if (last <= classified.size()) {
            return text("note.topN", Integer.toString(classified.size()));
        }
        return text("note.partial", Integer.toString(classified.size()), Integer.toString(last));
    }

    /** The status as a stamp: {@code PROVISIONAL}, {@code PROVISOIRE}. */
    public String status(BulletinStatus status) {
        return text("status." + status.id());
    }

    /** The status inside a sentence: {@code provisional}, {@code provisoire}. */
    public String statusLowerCase(BulletinStatus status) {
        return text("status.lower." + status.id());
    }

    /** {@code Classified}, {@code Retired}, …, as a word in a table. */
    public String result(ResultStatus status) {
        return switch (status) {
            case CLASSIFIED -> text("result.classified");
            case RETIRED -> text("result.retired");
            case DISQUALIFIED -> text("result.disqualified");
            case NOT_STARTED -> text("result.notStarted");
            case NOT_CLASSIFIED -> text("result.notClassified");
        };
    }

    /** {@code 28 Dec 2001}, {@code 28 déc. 2001}; the dash when unknown. */
    public String date(LocalDate date) {
        return date == null ? UNKNOWN : dateFormat.format(date);
    }

    /** The issue time in the chosen zone, with the zone named so that nobody has to guess it. */
    public String issued(OffsetDateTime issuedAt, ZoneId zone) {
        return dateTimeFormat.format(issuedAt.atZoneSameInstant(zone)) + " " + zoneName(zone, issuedAt);
    }

    /**
     * {@code stage 8}; {@code stage 8, placed by the checks} when Podium inferred it;
     * {@code stage not stated} when nobody knows.
     */
    public String stageReference(String stageLabel, boolean inferred) {
        if (stageLabel == null) {
            return text("stage.notStated");
        }
        return text(inferred ? "stage.inferred" : "stage.reference", stageLabel);
    }

    /** {@code 0:06:12}; the dash when unknown. */
    public static String time(Duration time) {
        return time == null ? UNKNOWN : Times.format(time);
    }

    /** {@code +0:47:52}; empty for no gap (the leader). */
    public static String gap(Duration gap) {
        return gap == null || gap.isZero() ? "" : Times.formatGap(gap);
    }

    /** {@code toPlainString}: a stripped {@code 400} would otherwise print as {@code 4E+2}. */
    public static String kilometres(BigDecimal distance) {
        return distance == null ? UNKNOWN : distance.toPlainString();
    }

    /** {@code Nani Roma (ESP)}, or the name alone when the nationality is unknown. */
    public static String person(Person person) {
        return person.nationality() == null ? person.name() : person.name() + " (" + person.nationality() + ")";
    }

    private String lookup(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no label '" + key + "' in language '" + locale.getLanguage() + "'",
                BUNDLE, key);
    }

    private static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String zoneName(ZoneId zone, OffsetDateTime at) {
        ZoneOffset offset = zone.getRules().getOffset(at.toInstant());
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        return zone.normalized() instanceof ZoneOffset ? utc : zone.getId() + " (" + utc + ")";
    }
}
