package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Place;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * How an article without an itinerary names its races and classes, from the section headings and
 * captions above each results table: "Sprint race" and "Feature race" are two races of one class;
 * "MotoGP", "250cc" and "125cc" are three classes of one race; "Qualifying" and "Standings after
 * the event" rank something else than a race. One instance per document.
 */
final class Races {

    /** Sections whose tables rank something else than a race. */
    private static final Pattern NOT_RACE = Pattern.compile(
            "(?i).*\\b(qualifying|qualification|practice|warm[- ]?up|shoot-?out|standings after|championship|"
                    + "drivers'? standings|teams'? standings|constructors'? standings|riders'? standings|"
                    + "points classification|mountains?|young rider|teams? classification|combativity|legend|"
                    + "favourites?|nations|medal)\\b.*");
    /** A heading that names a race: "Sprint race", "Feature race", "Race 2", "Main race", "Heat 1". */
    private static final Pattern RACE = Pattern.compile(
            "(?i)\\s*(sprint|feature|main|heat\\s*\\d+|race\\s*\\d+|(?:first|second|third) race)(?:\\s+race)?\\s*");
    /**
     * A heading that names a special stage, as rally results sites title a stage's page: "SS7 Ponte
     * de Lima 1 - 19.93 km", "Stage 4", "ES 12": the stage's number, then its name and length.
     */
    private static final Pattern SPECIAL_STAGE = Pattern.compile(
            "(?i)\\s*(?:sss?|ps|es|special stage|stage|étape|etapa)\\s*(\\d+)\\b(.*)");
    private static final Pattern KILOMETRES = Pattern.compile("(?i)\\b(\\d+(?:[.,]\\d+)?)\\s*km\\b");
    /** Parenthesised asides and number ranges: "(1–10)", "11–138". */
    private static final Pattern RANGES = Pattern.compile("\\([^)]*\\)|\\b\\d+\\s*[-–]\\s*\\d+\\b");
    /** Words that say a table holds results without naming a class: dropped from a heading. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)\\b(final|overall|race|results?|classifications?|individual|general|official|stages?|class|classe|report|summary|rankings?)\\b");
    /** What joins a generic word to a class in a heading: "Final classification – Class RC2". */
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[\\p{Pd}:,;/·•|\\s]+|[\\p{Pd}:,;/·•|\\s]+$");

    private final String defaultCategory;
    private final Place venue;

    Races(WikiDocument document, boolean staged, Diagnostics diagnostics) {
        this.defaultCategory = defaultCategory(document);
        this.venue = venue(document);
        if (staged || document.grids().isEmpty()) {
            return;
        }
        diagnostics.report(Diagnostic.info(document.titlePosition(), "this article has no itinerary: each results"
                + " table is read as one race, in the class its heading names, else in '" + defaultCategory + "'"));
    }

    /** Where the event's races ran, from the infobox (Location, Venue, Circuit), or null. */
    Place venue() {
        return venue;
    }

    private static Place venue(WikiDocument document) {
        for (String key : new String[] {"Location", "Venue", "Circuit", "Course"}) {
            for (WikiDocument.Located property : document.properties()) {
                if (property.key().equalsIgnoreCase(key) && !property.value().isBlank()) {
                    // "Albert Park Circuit Melbourne, Victoria, Australia": the first place named.
                    String first = property.value().split("\\s*[,\\n]\\s*")[0].strip();
                    return first.isEmpty() ? null : new Place(first, null);
                }
            }
        }
        return null;
    }

    /** Whether the grid ranks a race, not qualifying or championship standings. */
    boolean isRace(Grid grid) {
        return contexts(grid).noneSatisfy(c -> NOT_RACE.matcher(c).matches());
    }

    /** Why a results-shaped table is no race, in words for a message. */
    String whyNotARace(Grid grid) {
        String context = contexts(grid).detect(c -> NOT_RACE.matcher(c).matches());
        return context == null ? "another classification" : "'" + context + "'";
    }

    /** Whether the table is one special stage of a rally, not a race that is the whole event. */
    boolean isSpecialStage(Grid grid) {
        return contexts(grid).anySatisfy(c -> SPECIAL_STAGE.matcher(c).matches());
    }

    /** The length a special stage's heading gives ("SS7 Ponte de Lima 1 - 19.93 km"), or null. */
    java.math.BigDecimal kilometres(Grid grid) {
        for (String context : contexts(grid).asReversed()) {
            Matcher special = SPECIAL_STAGE.matcher(context);
            if (special.matches()) {
                Matcher km = KILOMETRES.matcher(special.group(2));
                return km.find() ? new java.math.BigDecimal(km.group(1).replace(',', '.')) : null;
            }
        }
        return null;
    }

    /**
     * The route a stage's heading gives ("Stage 5 - Al Duwadimi > Hail": from Al Duwadimi to Hail),
     * or null: only an arrow or {@code >} says it, since a dash also separates a stage's name and length.
     */
    Place[] route(Grid grid) {
        for (String context : contexts(grid).asReversed()) {
            Matcher special = SPECIAL_STAGE.matcher(context);
            if (special.matches()) {
                String rest = KILOMETRES.matcher(special.group(2)).replaceAll(" ");
                String[] ends = rest.split("\\s*(?:>|→|⇒|->)\\s*");
                if (ends.length == 2) {
                    String start = LOOSE_ENDS.matcher(ends[0].strip()).replaceAll("");
                    String finish = LOOSE_ENDS.matcher(RANGES.matcher(ends[1]).replaceAll(" ").strip()).replaceAll("");
                    if (!start.isEmpty() && !finish.isEmpty()) {
                        return new Place[] {new Place(start, null), new Place(finish, null)};
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The headings and caption above a table, for a message. */
    String context(Grid grid) {
        return contexts(grid).makeString(" › ");
    }

    /** The race's label: "Sprint" for a "Sprint race" section, "2" for "Race 2", else "1". */
    String stage(Grid grid) {
        for (String context : contexts(grid).asReversed()) {
            Matcher special = SPECIAL_STAGE.matcher(context);
            if (special.matches()) {
                return special.group(1);
            }
            Matcher race = RACE.matcher(context);
            if (race.matches()) {
                String name = race.group(1).strip();
                String number = name.replaceAll("\\D", "");
                if (!number.isEmpty()) {
                    return number;
                }
                return Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return "1";
    }

    /**
     * The class the headings and caption name once generic words and ranges are dropped, innermost
     * first ("MotoGP classification" → MotoGP; "Team results › Men's" → Men's Team; "General
     * classification (11–138)" → none), else the event's one class.
     */
    String category(Grid grid) {
        StringBuilder named = new StringBuilder();
        for (String context : contexts(grid).asReversed()) {
            if (RACE.matcher(context).matches() || NOT_RACE.matcher(context).matches()
                    || SPECIAL_STAGE.matcher(context).matches()) {
                continue;
            }
            String words = GENERIC.matcher(RANGES.matcher(context).replaceAll(" ")).replaceAll(" ")
                    .replaceAll("\\s+", " ").strip();
            words = LOOSE_ENDS.matcher(words).replaceAll("");
            if (words.chars().anyMatch(Character::isLetter)) {
                named.append(named.length() == 0 ? "" : " ").append(words);
            }
        }
        return named.length() == 0 ? defaultCategory : named.toString();
    }

    /** The caption, then the section path from the innermost heading out. */
    private static ImmutableList<String> contexts(Grid grid) {
        ImmutableList<String> sections = grid.sectionPath();
        return grid.caption() == null || grid.caption().isBlank() ? sections
                : Lists.immutable.withAll(sections).newWith(grid.caption().strip());
    }

    /**
     * The one class of an event whose headings name none: the article's title when it names a race
     * rather than an edition ("Men's time trial", not "2026 Melbourne FIA Formula 2 round"), else
     * "Race".
     */
    private static String defaultCategory(WikiDocument document) {
        String title = document.title() == null ? "" : document.title().strip();
        return !title.isEmpty() && title.length() <= 40 && !title.matches(".*\\b\\d{4}\\b.*") ? title : "Race";
    }
}
