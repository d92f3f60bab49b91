package org.podium.generator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Category;
import org.podium.model.Entry;
import org.podium.model.EntryIds;
import org.podium.model.Person;

/**
 * Everything decided before the start: the categories, the crews in sheet order (category, then
 * race number), the stages, and which stage is cancelled for which category. Built from the seed
 * alone, so writing the sheet and building the event see the same field.
 *
 * <p>The dice give the crews first, then the stages, the cancellation and the race's own seed, so
 * no row can be known before every crew has been drawn. Planning therefore draws the crews twice:
 * once here, as numbers only (a name is a number, {@link Nationality#drawName}), to learn where
 * the dice stand after them; then again from the same seed, crew by crew, as the race first reaches
 * each one ({@link #crew(int)}), this time making its entry and its columns. The first rows are
 * written as soon as the numbers are drawn, long before the last crew is made, and a sheet whose
 * reader has gone stops without making the rest.
 */
public final class Field {

    /** Teams of privateers; some need quoting in a CSV file, on purpose. */
    private static final List<String> TEAMS = List.of(
            "Xtremeplus", "Rallye Raid Łódź, Sp. z o.o.", "Équipe \"Désert Bleu\"", "Nomade Racing",
            "Horizons Sahara", "Escudería Peñíscola", "Scuderia Dune d'Oro", "Ténéré Privé", "Sierra Nevada Raid",
            "Polar Nord Motorsport", "Kraków Off-Road", "Atacama, Lda.", "Pâquerette & Fils", "Bivouac Brothers",
            "Team Ørsted-Nyhus", "Dünen Sport Köln", "Rally Raid İstanbul");

    /** How often to draw again for a name nobody in the event has yet, before accepting a namesake. */
    private static final int NAME_TRIES = 12;

    private final List<Discipline> disciplines;
    private final int entries;
    private final List<StagePlan> stages;
    private final Discipline cancelledDiscipline;
    private final int cancelledStage;
    private final long awardedSeconds;
    private final long raceSeed;
    /** Draws the crews again, in order, for {@link #crew(int)}. */
    private final Draws draws;
    /** The crews made so far, in sheet order. */
    private final List<Crew> crews;
    private final EntryIds ids = new EntryIds();
    /** Whether the crews' columns are written spreadsheet-safe. */
    private final boolean spreadsheetSafe;

    /**
     * One stage's course.
     *
     * @param distanceKm the special's length
     * @param terrain    how much slower than average its ground is (dunes above 1, tracks below)
     */
    public record StagePlan(int distanceKm, double terrain) {
        /** Hours the fastest crews of a category need. */
        double hours(Discipline discipline) {
            return distanceKm / discipline.speedKmh() * terrain;
        }
    }

    private Field(List<Discipline> disciplines, int entries, List<StagePlan> stages, Discipline cancelledDiscipline,
            int cancelledStage, long awardedSeconds, long raceSeed, Draws draws, boolean spreadsheetSafe) {
        this.disciplines = disciplines;
        this.entries = entries;
        this.stages = stages;
        this.cancelledDiscipline = cancelledDiscipline;
        this.cancelledStage = cancelledStage;
        this.awardedSeconds = awardedSeconds;
        this.raceSeed = raceSeed;
        this.draws = draws;
        this.spreadsheetSafe = spreadsheetSafe;
        this.crews = new ArrayList<>(Math.min(entries, 1 << 16));
    }

    /** The field of these settings, its crews' columns written exactly. */
    public static Field plan(int entries, int stageCount, long seed) {
        return plan(entries, stageCount, seed, false);
    }

    /**
     * The field of these settings; with {@code spreadsheetSafe}, its crews' columns are written as
     * {@link Sheet#field(String, boolean)} writes a spreadsheet-safe cell. The same field either way.
     */
    public static Field plan(int entries, int stageCount, long seed, boolean spreadsheetSafe) {
        Dice dice = new Dice(seed);
        List<Discipline> present = disciplines(entries);
        int[] counts = counts(present, entries);
        // The crews as numbers only: all that is wanted here is where the dice stand after them.
        Draws numbers = new Draws(dice, present, counts);
        for (int c = 0; c < entries; c++) {
            numbers.next();
        }
        List<StagePlan> stages = new ArrayList<>(stageCount);
        for (int s = 0; s < stageCount; s++) {
            stages.add(new StagePlan(dice.between(100, 450), dice.between(0.85, 1.2)));
        }
        // A one-stage sheet stays a real race: the cancellation needs a stage after the first.
        Discipline cancelledDiscipline = null;
        int cancelledStage = 0;
        long awarded = 0;
        if (stageCount >= 2) {
            cancelledStage = dice.between(2, stageCount);
            cancelledDiscipline = dice.pick(present);
            // Organisers award a round time, a little slower than the leaders would have been.
            double hours = stages.get(cancelledStage - 1).hours(cancelledDiscipline) * 1.2;
            awarded = Math.round(hours * 60) * 60;
        }
        return new Field(List.copyOf(present), entries, List.copyOf(stages), cancelledDiscipline, cancelledStage,
                awarded, dice.nextLong(), new Draws(new Dice(seed), present, counts), spreadsheetSafe);
    }

    /** The first categories of {@link Discipline#PRIORITY} a field this size can fill, in sheet order. */
    private static List<Discipline> disciplines(int entries) {
        List<Discipline> chosen = Discipline.PRIORITY.subList(0, Math.min(entries, Discipline.PRIORITY.size()));
        return Discipline.ORDER.stream().filter(chosen::contains).toList();
    }

    /** One crew each at least, the rest by share, what rounding leaves to the first category. */
    private static int[] counts(List<Discipline> present, int entries) {
        double shares = present.stream().mapToDouble(Discipline::share).sum();
        int rest = entries - present.size();
        int[] counts = new int[present.size()];
        int given = 0;
        for (int d = 0; d < counts.length; d++) {
            counts[d] = 1 + (int) Math.floor(rest * present.get(d).share() / shares);
            given += counts[d];
        }
        counts[0] += entries - given;
        return counts;
    }

    /**
     * Where two categories' race numbers meet in a field of this many crews, as
     * {@code "bikes are numbered 1 to 170 and quads from 150"}, or null when each race number is one
     * crew's. Numbers start at each category's first ({@link Discipline#firstNumber}) whatever the
     * field's size, so a field of a few hundred crews or more gives the bikes the quads' numbers.
     */
    public static String sharedNumbers(int entries) {
        List<Discipline> present = disciplines(entries);
        int[] counts = counts(present, entries);
        for (int d = 0; d + 1 < present.size(); d++) {
            Discipline discipline = present.get(d);
            Discipline next = present.get(d + 1);
            int last = discipline.firstNumber() + counts[d] - 1;
            if (last >= next.firstNumber()) {
                return discipline.id() + " are numbered " + discipline.firstNumber() + " to " + last + " and "
                        + next.id() + " from " + next.firstNumber();
            }
        }
        return null;
    }

    /** The largest field in which no smaller one shares a race number between categories either. */
    public static int largestWithUniqueNumbers() {
        int entries = 1;
        while (sharedNumbers(entries + 1) == null) {
            entries++;
        }
        return entries;
    }

    /** The categories the field fills, in sheet order. */
    public ImmutableList<Category> categories() {
        return Lists.immutable.fromStream(disciplines.stream()
                .map(d -> new Category(d.id(), d.name(), Lists.immutable.empty())));
    }

    /** How many crews the field has. */
    public int size() {
        return entries;
    }

    /**
     * The crew at this index, in sheet order; made, with those before it, when first asked for.
     * Not thread-safe, like the field's use: one race, one thread.
     */
    public Crew crew(int index) {
        if (index < 0 || index >= entries) {
            throw new IndexOutOfBoundsException("crew " + index + " of " + entries);
        }
        while (crews.size() <= index) {
            draws.next();
            crews.add(draws.crew(ids, spreadsheetSafe));
        }
        return crews.get(index);
    }

    /** Every crew, in sheet order (all made by now). */
    public List<Crew> crews() {
        if (entries > 0) {
            crew(entries - 1);
        }
        return Collections.unmodifiableList(crews);
    }

    /** How many crews have been made so far: the rest are only numbers the dice will give again. */
    public int made() {
        return crews.size();
    }

    public List<StagePlan> stages() {
        return stages;
    }

    boolean cancelled(int stage, Discipline discipline) {
        return stage == cancelledStage && discipline == cancelledDiscipline;
    }

    /** Whether the stage (1-based) was cancelled for the category. */
    public boolean cancelled(int stage, String categoryId) {
        return stage == cancelledStage && cancelledDiscipline.id().equals(categoryId);
    }

    /** The cancelled stage, 0 when none was. */
    public int cancelledStage() {
        return cancelledStage;
    }

    /** The category the cancelled stage was cancelled for, or null. */
    public String cancelledCategory() {
        return cancelledDiscipline == null ? null : cancelledDiscipline.id();
    }

    public long awardedSeconds() {
        return awardedSeconds;
    }

    long raceSeed() {
        return raceSeed;
    }

    /**
     * The crews as the dice give them, one after another, in sheet order. {@link #next} draws a
     * crew as numbers (cheap: a field plans all of them before its first row); {@link #crew} then
     * makes the crew last drawn. Two {@code Draws} on the same seed give the same crews.
     */
    private static final class Draws {
        private final Dice dice;
        private final List<Discipline> disciplines;
        private final int[] counts;
        /** Which names the event has, by number. */
        private final boolean[] taken = new boolean[Nationality.names()];

        private int discipline;
        private int rank = -1;
        // The crew last drawn.
        private final Nationality[] nationalities = new Nationality[3];
        private final int[] names = new int[3];
        private int people;
        private String make;
        private String entrant;
        private double pace;

        Draws(Dice dice, List<Discipline> disciplines, int[] counts) {
            this.dice = dice;
            this.disciplines = disciplines;
            this.counts = counts;
        }

        /** Draws the next crew. */
        void next() {
            rank++;
            while (rank >= counts[discipline]) {
                discipline++;
                rank = 0;
            }
            Discipline current = disciplines.get(discipline);
            Nationality home = dice.pick(Nationality.WEIGHTED);
            people = current.crewSize();
            for (int p = 0; p < people; p++) {
                Nationality nationality = p == 0 || dice.chance(0.7) ? home : dice.pick(Nationality.WEIGHTED);
                // Namesakes happen in a big field, but never within one crew.
                int name = nationality.drawName(dice);
                for (int tries = 1; inCrew(name, p) || (tries < NAME_TRIES && taken[name]); tries++) {
                    name = nationality.drawName(dice);
                }
                taken[name] = true;
                nationalities[p] = nationality;
                names[p] = name;
            }
            make = dice.pick(current.makes());
            // Low numbers go to the favourites, as entry lists do: factory teams and the fastest pace.
            double standing = (double) rank / counts[discipline];
            if (standing < 0.08 && dice.chance(0.7)) {
                entrant = make + " Factory Racing";
            } else if (dice.chance(0.12)) {
                entrant = null;
            } else {
                entrant = dice.pick(TEAMS);
            }
            pace = 1.0 + 0.5 * standing + 0.15 * dice.nextDouble();
        }

        private boolean inCrew(int name, int before) {
            for (int p = 0; p < before; p++) {
                if (names[p] == name) {
                    return true;
                }
            }
            return false;
        }

        /** The crew last drawn, made: its entry, and its columns as the sheet writes them. */
        Crew crew(EntryIds ids, boolean spreadsheetSafe) {
            Discipline current = disciplines.get(discipline);
            int number = current.firstNumber() + rank;
            List<Person> members = new ArrayList<>(people);
            for (int p = 0; p < people; p++) {
                members.add(new Person(Nationality.name(names[p]), nationalities[p].code()));
            }
            ImmutableList<Person> crew = Lists.immutable.withAll(members);
            Entry entry = new Entry(ids.next(current.id(), number, Nationality.name(names[0])), current.id(), number,
                    crew, make, entrant, null);
            String columns = String.join(",", Integer.toString(number),
                    Sheet.field(entry.crewNames(), spreadsheetSafe),
                    Sheet.field(crew.collect(Person::nationality).makeString(" / "), spreadsheetSafe),
                    Sheet.field(make, spreadsheetSafe), Sheet.field(entrant, spreadsheetSafe));
            return new Crew(entry, current, pace, columns);
        }
    }
}
