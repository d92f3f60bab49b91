package org.podium.importers.wiki.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Passes on what one page's reading reports, but not without end: a hostile page can give a
 * warning per cell, millions of them, each kept by the caller (a few hundred bytes each). The
 * first {@value #LISTED_PER_KIND} of each kind are passed on; the rest are counted, and
 * {@link #finish} says how many of each kind were left out, with the first of them. A kind is the
 * message with its quoted text and its numbers left out, so a warning about each of a million cells
 * is one kind. Real pages give far fewer of any kind.
 */
public final class RepeatedDiagnostics implements Diagnostics {

    /**
     * How many diagnostics of one kind are passed on: more than a real page gives (one per row of
     * its longest table, a few hundred), few enough that a page's messages stay small in memory.
     */
    static final int LISTED_PER_KIND = 1_000;
    /** Kinds told apart; past this many, the rest are counted as one per severity (each kind kept costs its message). */
    private static final int MAX_KINDS = 1_000;
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\\{\\{[^}]*\\}\\}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Diagnostics target;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** One kind: how many were reported, and the first not passed on. */
    private static final class Kind {
        long count;
        Diagnostic firstLeftOut;
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
            kind = kinds.computeIfAbsent(kinds.size() < MAX_KINDS ? key : diagnostic.severity() + " …",
                    k -> new Kind());
        }
        kind.count++;
        if (kind.count <= LISTED_PER_KIND) {
            target.report(diagnostic);
        } else if (kind.firstLeftOut == null) {
            kind.firstLeftOut = diagnostic;
        }
    }

    /** Says, per kind, how many were left out; call once the page is read (or refused). */
    public void finish() {
        for (Kind kind : kinds.values()) {
            if (kind.firstLeftOut != null) {
                Diagnostic first = kind.firstLeftOut;
                kind.firstLeftOut = null;
                target.report(new Diagnostic(first.severity(), PageLimits.number(kind.count - LISTED_PER_KIND)
                        + " more like the following were not listed (the first " + PageLimits.number(LISTED_PER_KIND)
                        + " of a kind are): " + first.message(), first.position()));
            }
        }
    }
}
