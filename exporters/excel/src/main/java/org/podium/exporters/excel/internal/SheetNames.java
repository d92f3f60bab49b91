package org.podium.exporters.excel.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sheet and table names within Excel's rules, unique in one workbook. Sheet names: 1 to 31
 * characters, none of {@code [ ] : * ? / \}, no apostrophe at either end, unique without regard to
 * case, not {@code History} (Excel reserves it). Table names: a letter or underscore, then letters,
 * digits, underscores and dots; unique without regard to case.
 */
final class SheetNames {

    static final int MAX_SHEET_NAME = 31;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> sheetNamesTaken = new HashSet<>();
    private final Set<String> tableNamesTaken = new HashSet<>();

    /** A valid, unused sheet name as close to {@code wanted} as the rules allow; it is taken from now on. */
    String sheetName(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        base = base.replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = "Sheet";
        }
        String candidate = truncate(base, "");
        for (int n = 2; !sheetNamesTaken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = truncate(base, " " + n);
        }
        return candidate;
    }

    /** A valid, unused table name made from a sheet name; it is taken from now on. */
    String tableName(String sheetName) {
        // Accents are dropped rather than the letters that carry them: "Étapes" gives Podium_Etapes.
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(sheetName, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder name = new StringBuilder();
        folded.codePoints().forEach(c -> name.append(
                c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? (char) c : '_'));
        String base = name.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "T_" + base;
        }
        // Names such as A1 or R1C1 are cell references; a fixed prefix keeps every name clear of them.
        base = "Podium_" + base;
        String candidate = base;
        for (int n = 2; !tableNamesTaken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    private static String truncate(String base, String suffix) {
        int room = MAX_SHEET_NAME - suffix.length();
        String kept = base;
        if (base.length() > room) {
            // Never cut between the two halves of a surrogate pair.
            int end = Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room;
            kept = base.substring(0, end).strip();
        }
        return kept + suffix;
    }
}
