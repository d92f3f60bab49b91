package org.podium.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One day of the itinerary: a numbered stage, or a rest day.
 *
 * @param ordinal    1, 2, … in race order, rest days included
 * @param label      the label the source uses ({@code 1}, {@code P}, {@code 12A}); null for a rest day
 * @param date       the date, or null when the source gives none
 * @param start      where it starts, or null when unknown
 * @param finish     where it finishes (equal to {@code start} for a loop), or null for a rest day
 * @param distanceKm the total distance in km, or null when unknown
 * @param type       an open vocabulary, see {@link StageTypes}
 * @param categories per category, whether the stage ran; in category order
 * @param source     where the stage's row was read
 */
public record Stage(
        int ordinal,
        String label,
        LocalDate date,
        Place start,
        Place finish,
        BigDecimal distanceKm,
        String type,
        ImmutableList<StageCategory> categories,
        SourcePosition source) {

    public Stage {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal starts at 1: " + ordinal);
        }
        label = Text.cleanOrNull(label);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(source, "source");
        distanceKm = distanceKm == null ? null : canonical(distanceKm);
    }

    /**
     * The longest stage Podium reads, in km: a distance beyond it is a typing error (the Dakar's
     * longest stages are under 1 000 km), and a thousand-digit one would run off every document.
     */
    public static final BigDecimal LONGEST_KM = BigDecimal.valueOf(99_999);

    /** The distance when it is one Podium reads (0 to {@link #LONGEST_KM} km), else empty. */
    public static java.util.Optional<BigDecimal> distanceInRange(BigDecimal km) {
        return km.signum() < 0 || km.compareTo(LONGEST_KM) > 0 ? java.util.Optional.empty() : java.util.Optional.of(km);
    }

    /** {@code 404}, {@code 30.3}: no trailing zeros, and never an exponent ({@code 9.3E+2}). */
    private static BigDecimal canonical(BigDecimal km) {
        BigDecimal stripped = km.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public boolean isRestDay() {
        return label == null;
    }

    /**
     * Whether a general classification follows this stage: every stage of a stage race, but not a
     * race of an event of one or a few races (a Grand Prix's sprint and feature races stand alone).
     */
    public boolean hasGeneralClassification() {
        return !isRestDay() && !StageTypes.RACE.equals(type);
    }

    public boolean isLoop() {
        return start != null && start.equals(finish);
    }

    /** This stage's status for a category; empty when the itinerary says nothing about it. */
    public Optional<StageCategory> forCategory(String categoryId) {
        return Optional.ofNullable(categories.detect(c -> c.categoryId().equals(categoryId)));
    }
}
