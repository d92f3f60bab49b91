package org.podium.generator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A nationality code (as rally entry lists write it) with first and last names from that
 * country. The names are invented combinations of common names; accents, ligatures and letters
 * such as Ø, Ł, ß and the Turkish dotted and dotless i are there on purpose, so that every
 * exporter and importer meets them.
 *
 * <p>Every name a draw can give is made once, here, and numbered: a draw is then a few numbers
 * from the dice and a look-up, and a field checks its namesakes by number. A big field draws a
 * dozen names for each person once the few thousand names are all taken, and the whole field is
 * drawn before its first row can be written (see {@link Field}), so a draw must cost next to nothing.
 */
final class Nationality {

    /** Every name a draw can give, by number; a name two nationalities share has one number. */
    private static final List<String> NAMES = new ArrayList<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    /** Iberian and Latin American names often carry both parents' surnames. */
    private static final Set<String> TWO_SURNAMES = Set.of("ESP", "POR", "ARG", "CHI", "BRA");

    static final List<Nationality> ALL = List.of(
            new Nationality("FRA", 6,
                    List.of("Grégoire", "Benoît", "Adrien", "Cédric", "Élodie", "Léa", "Stéphane", "Jérôme", "Maëlle",
                            "Anaïs"),
                    List.of("Lefèvre", "Béranger", "Châtelain", "Moreau", "Dubois", "Périn", "Rousseau", "Lemoine",
                            "Fontaine", "Garçon")),
            new Nationality("ESP", 5,
                    List.of("José", "Núria", "Joan", "Iñaki", "Begoña", "Àlex", "Sergio", "Lucía", "Jesús", "Ramón"),
                    List.of("Martínez", "Peñalver", "García", "Sáez", "Ibáñez", "Muñoz", "Puigdomènech", "Roldán",
                            "Castañeda", "Vilà")),
            new Nationality("POR", 2,
                    List.of("João", "José", "Gonçalo", "Inês", "Mário", "Sebastião"),
                    List.of("Gonçalves", "Magalhães", "Simões", "Conceição", "Araújo", "Brandão")),
            new Nationality("ITA", 2,
                    List.of("Niccolò", "Giulia", "Matteo", "Federica", "Lorenzo", "Andrea"),
                    List.of("Ricci", "Esposito", "Bianchi", "Colombo", "D'Amico", "Greco", "Mancini", "Galli")),
            new Nationality("NED", 3,
                    List.of("Zoë", "Daan", "Sanne", "Joëlle", "Bram", "Femke", "Thijs"),
                    List.of("van der Berg", "de Vries", "Bakker", "Jansen", "Visser", "Smit", "van Dijk", "Meijer")),
            new Nationality("GBR", 1,
                    List.of("Zoë", "Oliver", "Harriet", "Callum", "Niamh", "Rhys"),
                    List.of("Ellison", "Hartley", "Pemberton", "O'Neill", "Thornton", "Whitaker")),
            new Nationality("GER", 2,
                    List.of("Jürgen", "Jörg", "Lena", "Günther", "Anke", "Matthias"),
                    List.of("Müller", "Schröder", "Weiß", "Köhler", "Bäcker", "Hoffmann", "Krüger", "Strauß")),
            new Nationality("BEL", 1,
                    List.of("Grégoire", "Anouk", "Wouter", "Noël", "Séverine"),
                    List.of("Vandenbroucke", "Lejeune", "Peeters", "De Smet", "Mertens")),
            new Nationality("CZE", 2,
                    List.of("Tomáš", "Jiří", "Kateřina", "Aleš", "Radek", "Lucie"),
                    List.of("Novák", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec")),
            new Nationality("SVK", 1,
                    List.of("Štefan", "Ľubomír", "Zuzana", "Marián"),
                    List.of("Hudák", "Ďurica", "Kováč", "Šimko")),
            new Nationality("POL", 2,
                    List.of("Łukasz", "Michał", "Paweł", "Małgorzata", "Jakub", "Agnieszka"),
                    List.of("Wiśniewski", "Wójcik", "Kowalczyk", "Zieliński", "Woźniak", "Dąbrowski", "Kozłowski")),
            new Nationality("NOR", 1,
                    List.of("Pål", "Ørjan", "Bjørn", "Håkon", "Solveig", "Ståle"),
                    List.of("Kjærstad", "Løkken", "Bråten", "Ødegård", "Hæreid", "Sæther")),
            new Nationality("SWE", 1,
                    List.of("Åsa", "Björn", "Måns", "Linnéa", "Göran"),
                    List.of("Åberg", "Lindqvist", "Sjögren", "Öberg", "Ekström", "Nyström")),
            new Nationality("LTU", 1,
                    List.of("Mindaugas", "Rūta", "Gediminas", "Žygimantas"),
                    List.of("Kazlauskas", "Petrauskas", "Žukauskas", "Jankauskas")),
            new Nationality("HUN", 1,
                    List.of("Gergő", "Zsófia", "Ádám", "Bálint"),
                    List.of("Szőke", "Kovács", "Tóth", "Fülöp")),
            new Nationality("TUR", 1,
                    List.of("Işıl", "İlker", "Çağrı", "Gökhan"),
                    List.of("Yıldız", "Öztürk", "Şahin", "Çelik")),
            new Nationality("ARG", 2,
                    List.of("Sebastián", "Martín", "Agustina", "Joaquín", "Valentín"),
                    List.of("Fernández", "Benítez", "Domínguez", "Gutiérrez", "Ramírez", "Suárez")),
            new Nationality("CHI", 1,
                    List.of("Ignacio", "Tomás", "Catalina", "Matías", "Josefina"),
                    List.of("Rojas", "Díaz", "Sepúlveda", "Contreras", "Muñoz")),
            new Nationality("BRA", 1,
                    List.of("Luíza", "Márcio", "Thiago", "Conceição"),
                    List.of("Assunção", "Brandão", "Pereira", "Gonçalves")),
            new Nationality("USA", 1,
                    List.of("Riley", "Jordan", "Skyler", "Madison", "Cody"),
                    List.of("Whitfield", "Calloway", "Brennan", "Harper", "Dawson")),
            new Nationality("KSA", 1,
                    List.of("Faisal", "Khalid", "Saud", "Nasser"),
                    List.of("Al-Harbi", "Al-Qahtani", "Al-Otaibi", "Al-Shammari")),
            new Nationality("JPN", 1,
                    List.of("Haruto", "Yūki", "Sōta", "Aiko", "Kenji"),
                    List.of("Satō", "Kōno", "Itō", "Katō", "Yoshida", "Ōta")),
            new Nationality("RSA", 1,
                    List.of("Pieter", "Thandiwe", "Johan", "Ané"),
                    List.of("van Zyl", "Botha", "Nkosi", "du Plessis")),
            new Nationality("AND", 1,
                    List.of("Jordi", "Meritxell", "Núria"),
                    List.of("Pujol", "Cerqueda", "Font")));

    /** Each nationality repeated by its weight, so a uniform pick follows the weights. */
    static final List<Nationality> WEIGHTED = ALL.stream()
            .flatMap(n -> Collections.nCopies(n.weight, n).stream())
            .toList();

    private final String code;
    private final int weight;
    private final int firstNames;
    private final int lastNames;
    private final boolean twoSurnames;
    /**
     * The number of the name each draw gives, at {@code (first * lastNames + last) * seconds + second},
     * where {@code second} is 0 for no second surname, else one more than its index.
     */
    private final int[] drawn;

    Nationality(String code, int weight, List<String> firstNames, List<String> lastNames) {
        this.code = code;
        this.weight = weight;
        this.firstNames = firstNames.size();
        this.lastNames = lastNames.size();
        this.twoSurnames = TWO_SURNAMES.contains(code);
        int seconds = twoSurnames ? 1 + lastNames.size() : 1;
        this.drawn = new int[firstNames.size() * lastNames.size() * seconds];
        for (int f = 0; f < firstNames.size(); f++) {
            for (int l = 0; l < lastNames.size(); l++) {
                String name = firstNames.get(f) + " " + lastNames.get(l);
                int at = (f * lastNames.size() + l) * seconds;
                drawn[at] = number(name);
                for (int s = 1; s < seconds; s++) {
                    String second = lastNames.get(s - 1);
                    // A second surname equal to the first is not written twice.
                    drawn[at + s] = number(name.endsWith(" " + second) ? name : name + " " + second);
                }
            }
        }
    }

    String code() {
        return code;
    }

    /**
     * Draws a name: a first name, a last name, and for Iberian and Latin American codes, four
     * times in ten, a second surname; the same numbers from the dice as always, so a seed keeps
     * its sheet.
     *
     * @return the name's number ({@link #name(int)})
     */
    int drawName(Dice dice) {
        int first = dice.nextInt(firstNames);
        int last = dice.nextInt(lastNames);
        int second = twoSurnames && dice.chance(0.4) ? 1 + dice.nextInt(lastNames) : 0;
        return drawn[(first * lastNames + last) * (twoSurnames ? 1 + lastNames : 1) + second];
    }

    /** The name with this number. */
    static String name(int number) {
        return NAMES.get(number);
    }

    /** How many names a draw can give: numbers are below it. */
    static int names() {
        return NAMES.size();
    }

    private static int number(String name) {
        return NUMBERS.computeIfAbsent(name, n -> {
            NAMES.add(n);
            return NAMES.size() - 1;
        });
    }
}
