package org.podium.app.roundtrip;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Basis;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.EntryIds;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;

/**
 * Events with every feature of the model, valid by its invariants and with their lists already in
 * the data package's row order, built from jqwik's random source and sizes. Text mixes accents,
 * commas, quotes, line breaks and characters spreadsheets treat specially; list items never hold
 * {@code " / "}, the package's list separator.
 */
final class ArbitraryEvents {

    private static final String LETTERS = "abcdeéèêëçñøåßšžłőAÉÑÖŽÆ";
    private static final String PUNCTUATION = " ,\"'#;=+-.()|:!?&";
    private static final ImmutableList<String> CODES = Lists.immutable.of("FRA", "ESP", "NED", "RUS", "BRA", "AND", "CZE");
    private static final ImmutableList<String> TYPES = Lists.immutable.of(StageTypes.SPECIAL, StageTypes.PROLOGUE,
            StageTypes.TIME_TRIAL, StageTypes.TEAM_TIME_TRIAL, "marathon", "plain stage");

    private final Random random;

    ArbitraryEvents(Random random) {
        this.random = random;
    }

    Event event(int categoryCount, int stageCount, int entriesPerCategory) {
        ImmutableList<Category> categories = categories(categoryCount);
        ImmutableList<Stage> stages = stages(stageCount, categories);
        ImmutableList<Entry> entries = entries(categories, entriesPerCategory);
        ImmutableList<Note> notes = notes(categories, stages);
        return new Event(text(1, 30, true), maybe(() -> Integer.toString(1 + random.nextInt(40))), maybe(this::date),
                maybe(this::date), maybe(() -> text(1, 80, true) + (random.nextBoolean() ? "\nsecond line" : "")),
                maybe(() -> word(3, 10) + ".txt", ""), properties(), categories, stages, entries,
                classifications(categories, stages, entries), penalties(entries, stages, notes),
                awardedTimes(categories, stages, notes), notes);
    }

    private ImmutableList<Property> properties() {
        MutableList<Property> properties = Lists.mutable.empty();
        for (int i = random.nextInt(4); i > 0; i--) {
            properties.add(new Property(text(1, 12, false), random.nextInt(5) == 0 ? "" : text(1, 40, false)));
        }
        return properties.toImmutable();
    }

    private ImmutableList<Category> categories(int count) {
        MutableList<Category> categories = Lists.mutable.empty();
        for (int i = 0; i < count; i++) {
            MutableList<String> aliases = Lists.mutable.empty();
            for (int a = random.nextInt(3); a > 0; a--) {
                aliases.add(text(1, 14, false));
            }
            categories.add(new Category("cat" + i + word(0, 4).toLowerCase(java.util.Locale.ROOT), text(1, 14, false),
                    aliases.toImmutable()));
        }
        return categories.toImmutable();
    }

    private ImmutableList<Stage> stages(int count, ImmutableList<Category> categories) {
        MutableList<Stage> stages = Lists.mutable.empty();
        int number = 0;
        for (int ordinal = 1; ordinal <= count; ordinal++) {
            if (ordinal > 1 && random.nextInt(6) == 0) {
                stages.add(new Stage(ordinal, null, maybe(this::date), maybe(this::place), null, null, StageTypes.REST,
                        Lists.immutable.empty(), SourcePosition.UNKNOWN));
                continue;
            }
            number++;
            String label = ordinal == 1 && random.nextBoolean() ? "P" : number + (random.nextInt(5) == 0 ? "A" : "");
            boolean liaison = random.nextInt(6) == 0;
            MutableList<StageCategory> statuses = Lists.mutable.empty();
            for (Category category : categories) {
                if (random.nextInt(8) == 0) {
                    continue;
                }
                StageStatus status = liaison ? StageStatus.LIAISON
                        : random.nextInt(5) == 0 ? StageStatus.CANCELLED : StageStatus.RUN;
                statuses.add(new StageCategory(category.id(), status,
                        status == StageStatus.RUN ? maybe(() -> text(1, 20, false)) : null));
            }
            Place start = maybe(this::place);
            Place finish = start != null && random.nextInt(4) == 0 ? start : maybe(this::place);
            stages.add(new Stage(ordinal, label, maybe(this::date), start, finish,
                    maybe(() -> BigDecimal.valueOf(random.nextInt(90_000), random.nextInt(3))),
                    liaison ? StageTypes.LIAISON : TYPES.get(random.nextInt(TYPES.size())), statuses.toImmutable(),
                    SourcePosition.UNKNOWN));
        }
        return stages.toImmutable();
    }

    /** In package order: category, race number (none last), id. */
    private ImmutableList<Entry> entries(ImmutableList<Category> categories, int perCategory) {
        EntryIds ids = new EntryIds();
        MutableList<Entry> entries = Lists.mutable.empty();
        for (Category category : categories) {
            MutableList<Entry> ofCategory = Lists.mutable.empty();
            for (int i = 0; i < perCategory; i++) {
                MutableList<Person> crew = Lists.mutable.empty();
                boolean coded = random.nextBoolean();
                for (int p = 1 + random.nextInt(3); p > 0; p--) {
                    crew.add(new Person(name(), coded && random.nextInt(4) > 0 ? CODES.get(random.nextInt(CODES.size())) : null));
                }
                Integer number = random.nextInt(3) == 0 ? null : 1 + random.nextInt(500);
                ofCategory.add(new Entry(ids.next(category.id(), number, crew.getFirst().name()), category.id(), number,
                        crew.toImmutable(), maybe(() -> text(1, 16, false)), maybe(() -> text(1, 24, false)),
                        maybe(() -> "T" + random.nextInt(5))));
            }
            entries.addAll(ofCategory.sortThis(Comparator.comparing(Entry::number,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Entry::id)));
        }
        return entries.toImmutable();
    }

    /** In package order: category, stage ordinal with the final last, stage before general. */
    private ImmutableList<Classification> classifications(ImmutableList<Category> categories, ImmutableList<Stage> stages,
            ImmutableList<Entry> entries) {
        MutableList<Classification> all = Lists.mutable.empty();
        for (Category category : categories) {
            ImmutableList<Entry> crews = entries.select(e -> e.categoryId().equals(category.id()));
            for (Stage stage : stages.reject(Stage::isRestDay)) {
                for (ClassificationKind kind : Lists.immutable.of(ClassificationKind.STAGE, ClassificationKind.GENERAL)) {
                    if (random.nextInt(3) > 0) {
                        all.add(classification(category, kind, stage.label(), crews));
                    }
                }
            }
            if (random.nextBoolean()) {
                all.add(classification(category, ClassificationKind.FINAL, null, crews));
            }
        }
        return all.toImmutable();
    }

    private Classification classification(Category category, ClassificationKind kind, String stage,
            ImmutableList<Entry> crews) {
        MutableList<ClassificationRow> rows = Lists.mutable.empty();
        Duration leader = millis(20 * 3_600_000L);
        Duration time = leader;
        int position = 0;
        for (int i = 0; i < crews.size(); i++) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            ResultStatus status = random.nextInt(6) == 0
                    ? ResultStatus.values()[1 + random.nextInt(ResultStatus.values().length - 1)] : ResultStatus.CLASSIFIED;
            Entry entry = crews.get(i);
            if (status != ResultStatus.CLASSIFIED) {
                rows.add(new ClassificationRow(null, entry.id(), entry.make(), random.nextBoolean() ? null : time, false,
                        null, null, status, SourcePosition.UNKNOWN));
                continue;
            }
            boolean tie = position > 0 && random.nextInt(4) == 0;
            if (!tie) {
                time = position == 0 ? leader : time.plus(millis(1 + random.nextInt(3_600_000)));
                position = rows.count(r -> r.position() != null) + 1;
            }
            Duration gap = position == 1 ? null : time.minus(leader);
            rows.add(new ClassificationRow(position, entry.id(), random.nextInt(5) == 0 ? text(1, 10, false) : entry.make(),
                    random.nextInt(8) == 0 ? null : time, random.nextInt(5) == 0, random.nextInt(6) == 0 ? null : gap,
                    random.nextInt(4) == 0 ? millis(random.nextInt(600_000)) : null, status, SourcePosition.UNKNOWN));
        }
        return new Classification(category.id(), kind, stage, random.nextBoolean() ? Basis.REPORTED : Basis.COMPUTED,
                random.nextBoolean(), rows.toImmutable(), SourcePosition.UNKNOWN);
    }

    /** In package order: by entry, then stage ordinal, an unknown stage last. */
    private ImmutableList<Penalty> penalties(ImmutableList<Entry> entries, ImmutableList<Stage> stages,
            ImmutableList<Note> notes) {
        ImmutableList<Stage> numbered = stages.reject(Stage::isRestDay);
        MutableList<Penalty> penalties = Lists.mutable.empty();
        for (Entry entry : entries) {
            if (random.nextInt(3) > 0) {
                continue;
            }
            MutableList<Stage> onStages = Lists.mutable.empty();
            for (int i = random.nextInt(3); i > 0 && !numbered.isEmpty(); i--) {
                onStages.add(numbered.get(random.nextInt(numbered.size())));
            }
            onStages.sortThisByInt(Stage::ordinal);
            for (Stage stage : onStages) {
                penalties.add(penalty(entry, stage.label(), notes));
            }
            if (random.nextBoolean()) {
                penalties.add(penalty(entry, null, notes));
            }
        }
        return penalties.toImmutable();
    }

    private Penalty penalty(Entry entry, String stage, ImmutableList<Note> notes) {
        return new Penalty(entry.id(), stage, millis(1000L * (1 + random.nextInt(3600))),
                maybe(() -> text(1, 30, false)), noteId(notes));
    }

    private ImmutableList<AwardedTime> awardedTimes(ImmutableList<Category> categories, ImmutableList<Stage> stages,
            ImmutableList<Note> notes) {
        MutableList<AwardedTime> awarded = Lists.mutable.empty();
        for (Stage stage : stages.reject(Stage::isRestDay)) {
            for (StageCategory status : stage.categories()) {
                if (status.status() == StageStatus.CANCELLED && random.nextBoolean()) {
                    awarded.add(new AwardedTime(status.categoryId(), stage.label(), millis(60_000L * (1 + random.nextInt(600))),
                            noteId(notes)));
                }
            }
        }
        if (!categories.isEmpty() && random.nextBoolean()) {
            awarded.add(new AwardedTime(categories.get(random.nextInt(categories.size())).id(), null,
                    millis(random.nextInt(10_000_000)), noteId(notes)));
        }
        return awarded.toImmutable();
    }

    private ImmutableList<Note> notes(ImmutableList<Category> categories, ImmutableList<Stage> stages) {
        MutableList<Note> notes = Lists.mutable.empty();
        ImmutableList<Stage> numbered = stages.reject(Stage::isRestDay);
        for (int i = 1; i <= random.nextInt(4); i++) {
            String category = !categories.isEmpty() && random.nextBoolean()
                    ? categories.get(random.nextInt(categories.size())).id() : null;
            String stage = !numbered.isEmpty() && random.nextBoolean()
                    ? numbered.get(random.nextInt(numbered.size())).label() : null;
            notes.add(new Note("n" + i, category, stage, NoteTable.values()[random.nextInt(NoteTable.values().length)],
                    text(1, 60, true), SourcePosition.UNKNOWN));
        }
        return notes.toImmutable();
    }

    private String noteId(ImmutableList<Note> notes) {
        return notes.isEmpty() || random.nextBoolean() ? null : notes.get(random.nextInt(notes.size())).id();
    }

    private String name() {
        return word(2, 8) + (random.nextBoolean() ? " " + word(2, 10) : "") + (random.nextInt(5) == 0 ? ", Jr." : "")
                + (random.nextInt(6) == 0 ? " \"the Fox\"" : "");
    }

    private Place place() {
        return new Place(word(2, 8) + (random.nextBoolean() ? "-sur-" + word(2, 6) : ""),
                random.nextBoolean() ? CODES.get(random.nextInt(CODES.size())) : null);
    }

    private LocalDate date() {
        return LocalDate.of(1979 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static Duration millis(long millis) {
        return Duration.ofMillis(millis);
    }

    /** Letters first, so the text is never blank, then letters and punctuation; no '/' ever. */
    private String text(int min, int max, boolean lineBreaks) {
        StringBuilder text = new StringBuilder(word(1, 1));
        int length = min + random.nextInt(max - min + 1);
        for (int i = 1; i < length; i++) {
            if (lineBreaks && random.nextInt(40) == 0) {
                text.append('\n');
            } else if (random.nextInt(4) == 0) {
                text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return text.toString();
    }

    private String word(int min, int max) {
        StringBuilder word = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return maybe(value, null);
    }

    private <T> T maybe(java.util.function.Supplier<T> value, T otherwise) {
        return random.nextInt(3) == 0 ? otherwise : value.get();
    }
}
