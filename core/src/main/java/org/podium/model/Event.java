package org.podium.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * One edition of a race, as imported: the single model every importer builds and every exporter
 * reads. Immutable. An importer gives its lists in the source's order; {@link EventOrder#canonical}
 * puts them in the canonical order, which is the order of the event an exporter gets from its
 * report (categories in the source's order, stages by ordinal, entries by category and race
 * number, classifications by category, stage ordinal, stage before general, final last).
 *
 * @param name           the event's name ({@code 2002 Arras–Madrid–Dakar Rally})
 * @param edition        the edition as the source counts it ({@code 24}), or null
 * @param startDate      first day, or null when unknown
 * @param finishDate     last day, or null when unknown
 * @param description    the source's prose about the event, or null
 * @param source         the file it was read from, by name only
 * @param properties     key/value facts as the source lists them (an infobox), in source order
 * @param categories     the categories, in source order
 * @param stages         the itinerary, by ordinal, rest days included
 * @param entries        every crew
 * @param classifications every classification
 * @param penalties      penalties, reported or found in notes
 * @param awardedTimes   awarded times for cancelled or neutralised stages
 * @param notes          the source's notes in source order
 */
public record Event(
        String name,
        String edition,
        LocalDate startDate,
        LocalDate finishDate,
        String description,
        String source,
        ImmutableList<Property> properties,
        ImmutableList<Category> categories,
        ImmutableList<Stage> stages,
        ImmutableList<Entry> entries,
        ImmutableList<Classification> classifications,
        ImmutableList<Penalty> penalties,
        ImmutableList<AwardedTime> awardedTimes,
        ImmutableList<Note> notes) {

    public Event {
        name = Objects.requireNonNull(Text.cleanOrNull(name), "name");
        edition = Text.cleanOrNull(edition);
        description = Text.cleanOrNull(description);
        source = Objects.requireNonNullElse(source, "");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(classifications, "classifications");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(awardedTimes, "awardedTimes");
        Objects.requireNonNull(notes, "notes");
    }

    /** The same event with these classifications instead of its own (for computed ones). */
    public Event withClassifications(ImmutableList<Classification> replacement) {
        return new Event(name, edition, startDate, finishDate, description, source, properties, categories, stages,
                entries, replacement, penalties, awardedTimes, notes);
    }

    /** The entries by id; built on each call, so keep it for a whole export. */
    public ImmutableMap<String, Entry> entriesById() {
        return entries.groupByUniqueKey(Entry::id).toImmutable();
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.detect(c -> c.id().equals(id)));
    }

    public Optional<Stage> stage(String label) {
        return Optional.ofNullable(stages.detect(s -> label.equals(s.label())));
    }

    /** The numbered stages (no rest days), in race order. */
    public ImmutableList<Stage> numberedStages() {
        return stages.reject(Stage::isRestDay);
    }

    public ImmutableList<Classification> classificationsOf(String categoryId) {
        return classifications.select(c -> c.categoryId().equals(categoryId));
    }

    public Optional<Classification> classification(String categoryId, ClassificationKind kind, String stageLabel) {
        return Optional.ofNullable(classifications.detect(c -> c.categoryId().equals(categoryId)
                && c.kind() == kind
                && Objects.equals(c.stageLabel(), stageLabel)));
    }

    /** The value of a property, matched without regard to case. */
    public Optional<String> property(String key) {
        return properties
                .detectOptional(p -> p.key().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
                .map(Property::value);
    }

    /**
     * The countries the route crosses, parsed from the {@code Country} property: items separated
     * by commas or slashes, blanks left out ({@code FRA, ESP, MAR, / Western Sahara, , SEN} gives
     * FRA, ESP, MAR, Western Sahara, SEN). The property itself stays as written.
     */
    public ImmutableList<String> routeCountries() {
        return property("country")
                .map(value -> Lists.immutable.of(value.split("[,/]")).collect(String::strip).reject(String::isEmpty))
                .orElse(Lists.immutable.empty());
    }
}
