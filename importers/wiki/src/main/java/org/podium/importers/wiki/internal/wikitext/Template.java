package org.podium.importers.wiki.internal.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * One template call, {@code {{name|arg|key=value}}}, as offsets into the source so that its
 * arguments can be rendered (and their problems placed) where they stand.
 *
 * @param name      the name as compared ({@link WikiSource#normalName})
 * @param rawName   the name as written, trimmed
 * @param start     the offset of {@code {{}
 * @param end       the offset just after {@code }}}
 * @param arguments the arguments in order
 */
record Template(String name, String rawName, int start, int end, List<Argument> arguments) {

    /**
     * One argument: {@code key} is null for an unnamed one; the value is {@code [from, to)}.
     */
    record Argument(String key, int from, int to) {
    }

    /** Parses the template whose {@code {{} is at {@code start} and whose {@code }}} ends at {@code end}. */
    static Template parse(WikiSource source, int start, int end) {
        int innerStart = start + 2;
        int innerEnd = end - 2;
        List<int[]> parts = new ArrayList<>();
        int from = innerStart;
        while (true) {
            int bar = source.findTopLevel("|", from, innerEnd);
            if (bar < 0) {
                parts.add(new int[] {from, innerEnd});
                break;
            }
            parts.add(new int[] {from, bar});
            from = bar + 1;
        }
        String rawName = source.slice(parts.get(0)[0], parts.get(0)[1]).strip();
        // A parser function ({{#if:…}}, {{DEFAULTSORT:…}}) carries its first argument after the colon.
        List<Argument> arguments = new ArrayList<>();
        int colon = rawName.indexOf(':');
        if (colon > 0 && (rawName.startsWith("#") || rawName.substring(0, colon).equals(
                rawName.substring(0, colon).toUpperCase(java.util.Locale.ROOT)))) {
            int nameStart = parts.get(0)[0] + source.slice(parts.get(0)[0], parts.get(0)[1]).indexOf(':');
            arguments.add(new Argument(null, nameStart + 1, parts.get(0)[1]));
            rawName = rawName.substring(0, colon + 1);
        }
        for (int p = 1; p < parts.size(); p++) {
            int[] part = parts.get(p);
            int equals = source.findTopLevel("=", part[0], part[1]);
            if (equals > 0) {
                String key = source.slice(part[0], equals).strip();
                if (!key.isEmpty() && !key.contains("\n") && !key.contains("<")) {
                    arguments.add(new Argument(key, equals + 1, part[1]));
                    continue;
                }
            }
            arguments.add(new Argument(null, part[0], part[1]));
        }
        return new Template(WikiSource.normalName(rawName), rawName, start, end, List.copyOf(arguments));
    }

    /** The n-th unnamed argument (1-based), or null. */
    Argument positional(int n) {
        int seen = 0;
        for (Argument argument : arguments) {
            if (argument.key() == null && ++seen == n) {
                return argument;
            }
        }
        for (Argument argument : arguments) {
            // {{sort|1=key}}: a number as key names a positional argument.
            if (String.valueOf(n).equals(argument.key())) {
                return argument;
            }
        }
        return null;
    }

    /** The argument with this key (case ignored), or null. */
    Argument named(String key) {
        for (Argument argument : arguments) {
            if (argument.key() != null && argument.key().equalsIgnoreCase(key)) {
                return argument;
            }
        }
        return null;
    }

    /** The unnamed arguments, in order. */
    List<Argument> positionals() {
        return arguments.stream().filter(a -> a.key() == null).toList();
    }
}
