package org.podium.importers.wiki.internal.wikitext;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the texts of footnotes are written, found before anything is rendered because a footnote
 * is often used before its text: {@code <ref name=x>text</ref>} (in the running text or in a
 * {@code <references>} list after the table), and {@code {{Note|3}} text} lines that the
 * {@code {{Ref|3}}} marks in a table point to.
 */
final class Footnotes {

    private static final Pattern NAMED_REF = Pattern.compile(
            "<ref(\\s[^>]*?)(?<!/)>(.*?)</ref\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile(
            "\\bname\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'/>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_LINE = Pattern.compile(
            "(?m)^[*#:]*[ \\t]*\\{\\{\\s*[Nn]ote(?:[ _]label)?\\s*\\|\\s*([^|}]+?)\\s*(?:\\|[^}]*)?\\}\\}(.*)$");

    /** A text's source range, and where its footnote is written. */
    record Text(int from, int to, int at) {
    }

    private final Map<String, Text> named = new HashMap<>();
    private final Map<String, Text> notes = new HashMap<>();

    Footnotes(WikiSource source) {
        Matcher ref = NAMED_REF.matcher(source.text());
        while (ref.find()) {
            String name = nameIn(ref.group(1));
            if (name != null && !ref.group(2).isBlank()) {
                named.putIfAbsent(name, new Text(ref.start(2), ref.end(2), ref.start()));
            }
        }
        Matcher note = NOTE_LINE.matcher(source.text());
        while (note.find()) {
            notes.putIfAbsent(note.group(1).strip(), new Text(note.start(2), note.end(2), note.start()));
        }
    }

    /** The name a {@code <ref>}'s attributes give, or null. */
    static String nameIn(String attributes) {
        if (attributes == null) {
            return null;
        }
        Matcher name = NAME.matcher(attributes);
        if (!name.find()) {
            return null;
        }
        String value = name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3);
        return value.strip();
    }

    /** The text of a named footnote, or null. */
    Text named(String name) {
        return named.get(name);
    }

    /** The text of a {@code {{Note|id}}} line, or null. */
    Text note(String id) {
        return notes.get(id.strip());
    }
}
