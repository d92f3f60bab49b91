package org.podium.spi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Passes on what one input's reading reports, but not without end: a hostile or damaged input can
 * give a warning per cell, millions of them, each kept by the caller (a few hundred bytes each)
 * and printed. The launcher puts one around every importer; an importer may put its own around
 * its reading, to keep its memory bounded wherever it is used. The
 * first {@value #LISTED_PER_KIND} of each kind are passed on; the rest are counted, and
 * {@link #finish} says how many of each kind were left out, with the first of them. A kind is the
 * message with its quoted text and its numbers left out, so a warning about each of a million cells
 * is one kind. Real inputs give far fewer of any kind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RepeatedDiagnostics implements Diagnostics {

    /**
     * How many diagnostics of one kind are passed on: more than a real input gives (one per row of
     * its longest table, a few hundred), few enough that its messages stay small in memory.
     */
    public static final int LISTED_PER_KIND = 1_000;
    /** Kinds told apart; past this many, the rest are counted as one per severity (each kind kept costs its message). */
    private static final int MAX_KINDS = 1_000;
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\\{\\{[^}]*\\}\\}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Diagnostics target;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** One kind: how many were reported, and the first not passed on. */
    private static final class Kind {
        /** Whether this is not one kind but every kind past the first {@value #MAX_KINDS}. */
        final boolean others;
        long count;
        Diagnostic firstLeftOut;

        Kind(boolean others) {
            this.others = others;
        }
    }

    public RepeatedDiagnostics(Diagnostics target) {
        this.target = target;
    }

    @Override
    public void report(Diagnostic diagnostic) {
        String key = diagnostic.severity() + " " + NUMBER.matcher(QUOTED.matcher(diagnostic.message()).replaceAll("''"))
                .replaceAll("#");
        Kind kind = kinds.get(key);
        if (kind == null) {
            boolean others = kinds.size() >= MAX_KINDS;
            kind = kinds.computeIfAbsent(others ? diagnostic.severity() + " …" : key, k -> new Kind(others));
        }
        kind.count++;
        if (kind.count <= LISTED_PER_KIND) {
            target.report(diagnostic);
        } else if (kind.firstLeftOut == null) {
            kind.firstLeftOut = diagnostic;
        }
    }

    /** Says, per kind, how many were left out; call once the input is read (or refused); again, it adds nothing. */
    public void finish() {
        for (Kind kind : kinds.values()) {
            if (kind.firstLeftOut != null) {
                Diagnostic first = kind.firstLeftOut;
                kind.firstLeftOut = null;
                String leftOut = number(kind.count - LISTED_PER_KIND);
                String said = kind.others
                        ? leftOut + " more " + first.severity().name().toLowerCase(Locale.ROOT) + "s, of more kinds than "
                                + number(MAX_KINDS) + ", were not listed; the first of them: "
                        : leftOut + " more like the following were not listed (the first " + number(LISTED_PER_KIND)
                                + " of a kind are): ";
                target.report(new Diagnostic(first.severity(), said + first.message(), first.position()));
            }
        }
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
