package org.podium.generator.internal;

import java.util.List;

/**
 * What the generator knows of a category: its crews, numbers, pace and how often they retire.
 * Declared in the order the sheet lists categories (a rally's bulletin order).
 *
 * @param id          the category id, as the sheet writes it
 * @param name        its display name
 * @param firstNumber the first race number (bikes 1, cars 200, …)
 * @param crewSize    one rider, or a driver with one or two crew members
 * @param share       its share of the entries
 * @param speedKmh    the fastest crews' average speed on a special of average terrain
 * @param retireRate  the chance that a crew of average pace retires on a given stage
 * @param makes       the vehicles seen in it
 */
record Discipline(String id, String name, int firstNumber, int crewSize, double share, double speedKmh,
        double retireRate, List<String> makes) {

    static final Discipline BIKES = new Discipline("bikes", "Bikes", 1, 1, 0.42, 78, 0.020,
            List.of("KTM", "Husqvarna", "GasGas", "Honda", "Yamaha", "Hero", "Sherco", "Kove", "Rieju", "Beta"));
    static final Discipline QUADS = new Discipline("quads", "Quads", 150, 1, 0.08, 64, 0.026,
            List.of("Yamaha", "CFMoto", "Can-Am"));
    static final Discipline CARS = new Discipline("cars", "Cars", 200, 2, 0.36, 82, 0.016,
            List.of("Toyota", "Mini", "Ford", "Dacia", "Century", "Nissan", "Mitsubishi", "Peugeot"));
    static final Discipline TRUCKS = new Discipline("trucks", "Trucks", 400, 3, 0.14, 70, 0.018,
            List.of("Iveco", "Tatra", "MAN", "Kamaz", "Renault", "DAF", "Scania", "Mercedes-Benz"));

    /** The sheet's order. */
    static final List<Discipline> ORDER = List.of(BIKES, QUADS, CARS, TRUCKS);

    /** Which categories a small field has: bikes first, then cars, trucks, and quads last. */
    static final List<Discipline> PRIORITY = List.of(BIKES, CARS, TRUCKS, QUADS);
}
