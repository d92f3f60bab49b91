package org.podium.generator.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final List<Crew> crews;
    private final List<StagePlan> stages;
    private final Discipline cancelledDiscipline;
    private final int cancelledStage;
    private final long awardedSeconds;
    private final long raceSeed;

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

    private Field(List<Discipline> disciplines, List<Crew> crews, List<StagePlan> stages,
            Discipline cancelledDiscipline, int cancelledStage, long awardedSeconds, long raceSeed) {
        this.disciplines = disciplines;
        this.crews = crews;
        this.stages = stages;
        this.cancelledDiscipline = cancelledDiscipline;
        this.cancelledStage = cancelledStage;
        this.awardedSeconds = awardedSeconds;
        this.raceSeed = raceSeed;
    }

    public static Field plan(int entries, int stageCount, long seed) {
        Dice dice = new Dice(seed);
        List<Discipline> present = disciplines(entries);
        int[] counts = counts(present, entries);
        List<Crew> crews = new ArrayList<>(entries);
        EntryIds ids = new EntryIds();
        Set<String> taken = new HashSet<>();
        for (int d = 0; d < present.size(); d++) {
            Discipline discipline = present.get(d);
            for (int i = 0; i < counts[d]; i++) {
                crews.add(crew(dice, ids, taken, discipline, i, counts[d]));
            }
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
        return new Field(List.copyOf(present), List.copyOf(crews), List.copyOf(stages), cancelledDiscipline,
                cancelledStage, awarded, dice.nextLong());
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

    private static Crew crew(Dice dice, EntryIds ids, Set<String> taken, Discipline discipline, int rank, int size) {
        int number = discipline.firstNumber() + rank;
        Nationality home = dice.pick(Nationality.WEIGHTED);
        List<Person> people = new ArrayList<>(discipline.crewSize());
        List<String> names = new ArrayList<>(discipline.crewSize());
        for (int p = 0; p < discipline.crewSize(); p++) {
            Nationality nationality = p == 0 || dice.chance(0.7) ? home : dice.pick(Nationality.WEIGHTED);
            // Namesakes happen in a big field, but never within one crew.
            String name = nationality.name(dice);
            for (int tries = 1; names.contains(name) || (tries < NAME_TRIES && taken.contains(name)); tries++) {
                name = nationality.name(dice);
            }
            taken.add(name);
            names.add(name);
            people.add(new Person(name, nationality.code()));
        }
        String make = dice.pick(discipline.makes());
        // Low numbers go to the favourites, as entry lists do: factory teams and the fastest pace.
        double standing = (double) rank / size;
        String entrant;
        if (standing < 0.08 && dice.chance(0.7)) {
            entrant = make + " Factory Racing";
        } else if (dice.chance(0.12)) {
            entrant = null;
        } else {
            entrant = dice.pick(TEAMS);
        }
        double pace = 1.0 + 0.5 * standing + 0.15 * dice.nextDouble();
        ImmutableList<Person> crew = Lists.immutable.withAll(people);
        Entry entry = new Entry(ids.next(discipline.id(), number, names.get(0)), discipline.id(), number, crew,
                make, entrant, null);
        String columns = String.join(",", Integer.toString(number), Sheet.field(entry.crewNames()),
                Sheet.field(crew.collect(Person::nationality).makeString(" / ")), Sheet.field(make),
                Sheet.field(entrant));
        return new Crew(entry, discipline, pace, columns);
    }

    /** The categories the field fills, in sheet order. */
    public ImmutableList<Category> categories() {
        return Lists.immutable.fromStream(disciplines.stream()
                .map(d -> new Category(d.id(), d.name(), Lists.immutable.empty())));
    }

    public List<Crew> crews() {
        return crews;
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
}
