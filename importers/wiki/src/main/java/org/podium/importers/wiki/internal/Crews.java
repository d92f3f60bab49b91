package org.podium.importers.wiki.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Person;
import org.podium.model.Place;

/** Persons and places as wiki tables write them: each prefixed with a three-letter country code. */
final class Crews {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern CODED = Pattern.compile("([A-Z]{3})\\s+(.+)");
    /** Between the members of a crew written on one line: "Oliver Solberg / Elliott Edmondson". */
    /** The slash alone: each member is stripped after; spaces matched around it backtrack quadratically on long runs. */
    private static final Pattern MEMBER_SEPARATOR = Pattern.compile("/");

    private Crews() {
    }

    /**
     * {@code ESP Fernando Gil ESP Rafael Tornabell} → Fernando Gil (ESP), Rafael Tornabell (ESP).
     * Every three-capital word starts a person ({@code AND} is Andorra); text before the first code
     * is one person without nationality; a {@code /} also separates two persons.
     */
    static ImmutableList<Person> parse(String text) {
        MutableList<Person> persons = Lists.mutable.empty();
        for (String member : MEMBER_SEPARATOR.split(text.strip())) {
            persons.addAll(coded(member).castToList());
        }
        return persons.toImmutable();
    }

    /**
     * One line's person as a cell holding flags writes it, without what joins it to the next
     * ({@code Oliver Solberg /}); each part of a line that still names several is a person of its
     * own, the line's nationality going to the first, a code written before a name to its person.
     */
    static ImmutableList<Person> line(String text, String nation) {
        MutableList<Person> persons = Lists.mutable.empty();
        for (String member : MEMBER_SEPARATOR.split(text.strip())) {
            if (member.isBlank()) {
                continue;
            }
            if (persons.isEmpty() && nation != null) {
                persons.add(new Person(member.strip(), nation));
            } else {
                persons.addAll(coded(member).castToList());
            }
        }
        return persons.toImmutable();
    }

    private static ImmutableList<Person> coded(String text) {
        MutableList<Person> persons = Lists.mutable.empty();
        String code = null;
        StringBuilder name = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (CODE.matcher(word).matches()) {
                if (name.length() > 0) {
                    persons.add(new Person(name.toString(), code));
                }
                code = word;
                name.setLength(0);
            } else {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(word);
            }
        }
        if (name.length() > 0) {
            persons.add(new Person(name.toString(), code));
        }
        return persons.toImmutable();
    }

    /** {@code FRA Arras} → Arras in FRA; {@code Zouerat} → Zouerat, country not given. */
    static Place place(String text) {
        Matcher coded = CODED.matcher(text.strip());
        if (coded.matches()) {
            return new Place(coded.group(2), coded.group(1));
        }
        return new Place(text, null);
    }

    /** The name without its country code: {@code FRA P. Quinonero} → {@code P. Quinonero}. */
    static String withoutCode(String text) {
        Matcher coded = CODED.matcher(text.strip());
        return coded.matches() ? coded.group(2).strip() : text.strip();
    }
}
