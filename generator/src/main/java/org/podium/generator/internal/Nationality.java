package org.podium.generator.internal;

import java.util.List;

/**
 * A nationality code (as rally entry lists write it) with first and last names from that
 * country. The names are invented combinations of common names; accents, ligatures and letters
 * such as Ø, Ł, ß and the Turkish dotted and dotless i are there on purpose, so that every
 * exporter and importer meets them.
 */
record Nationality(String code, int weight, List<String> firstNames, List<String> lastNames) {

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
            .flatMap(n -> java.util.Collections.nCopies(n.weight(), n).stream())
            .toList();

    /** Iberian and Latin American names often carry both parents' surnames. */
    private static final java.util.Set<String> TWO_SURNAMES = java.util.Set.of("ESP", "POR", "ARG", "CHI", "BRA");

    String name(Dice dice) {
        String name = dice.pick(firstNames) + " " + dice.pick(lastNames);
        if (TWO_SURNAMES.contains(code) && dice.chance(0.4)) {
            String second = dice.pick(lastNames);
            if (!name.endsWith(" " + second)) {
                name = name + " " + second;
            }
        }
        return name;
    }
}
