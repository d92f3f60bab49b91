package org.podium.generator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The bivouacs of a generated itinerary: invented desert place names, a word for a well, a spring
 * or a valley before a name, as a rally raid's route sheet spells them (accents included, so that
 * every reader meets them). Drawn from their own dice, seeded from the event's seed, so the route
 * never moves the timing sheet's draws: the sheet of a seed stays as it was.
 */
public final class Places {

    /** Keeps the places' dice apart from the field's, which start from the seed itself. */
    private static final long SALT = 0x5A4A52A1D0B1A5C5L;
    /** Some names stand alone; most follow one of these words. */
    private static final double BARE = 0.3;

    private static final List<String> WORDS = List.of(
            "Bir", "Hassi", "Aïn", "Oued", "Ksar", "Erg", "Tin", "Ras", "Jebel", "Sebkhet", "Wadi", "Douar");
    /** More roots than the longest itinerary has bivouacs, so none comes twice. */
    private static final List<String> ROOTS = List.of(
            "Tamellalt", "Zegdoun", "Aghréjit", "Mellâha", "Ouarzeg", "Tadrâret", "Amguidel", "Chebbiya",
            "Haddâj", "Taferzit", "Iguidel", "Tinfoussi", "Ghallâmane", "Zemmouri", "Azouggar", "Tiberkânine",
            "Tegsaoun", "Khnâchich", "Tazzaret", "Ouled Brâhim", "Smâra Nord", "Bou Lâghlal", "Tidjâret",
            "Akjouël", "Tichîtane", "Aoukerdi", "Mhaîrat", "Foum Tiguîd", "Tagounzet", "Erfoudel", "Alnîfa",
            "Boudnâra", "Tazouguerte", "Aït Saoun", "Tisserdmine", "Ihrîr");

    private Places() {
    }

    /** {@code count} different places, the same for the same seed. */
    public static List<String> draw(long seed, int count) {
        if (count > ROOTS.size()) {
            throw new IllegalArgumentException("at most " + ROOTS.size() + " places, not " + count);
        }
        Dice dice = new Dice(seed ^ SALT);
        boolean[] used = new boolean[ROOTS.size()];
        List<String> places = new ArrayList<>(count);
        while (places.size() < count) {
            int root = dice.nextInt(ROOTS.size());
            String word = dice.chance(BARE) ? null : dice.pick(WORDS);
            if (!used[root]) {
                used[root] = true;
                places.add(word == null ? ROOTS.get(root) : word + " " + ROOTS.get(root));
            }
        }
        return places;
    }
}
