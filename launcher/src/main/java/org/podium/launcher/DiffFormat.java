package org.podium.launcher;

import java.io.IOException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.podium.csv.CsvRecords;
import org.podium.diff.Change;
import org.podium.diff.Change.Crew;

import org.podium.report.ChangeText;
import org.podium.report.Labels;
import org.podium.diff.EventDiff;
import org.podium.model.Text;

/**
 * Writers of an {@link EventDiff}, as {@code podium diff --format} prints it: a line per change for
 * people, CSV and JSON for tools. The CSV follows Podium's one CSV rule ({@link CsvRecords}); its
 * values, and the JSON's, are the changes' own (times {@code 0:04:12}, statuses {@code retired}).
 */
public enum DiffFormat {
    /**
     * One line per change: where, then what, {@code bikes · stage 13 · 4 Isidre Esteve: gap
     * +0:04:12 → +0:04:42}; no value is written {@code —}, and gaps carry their {@code +}.
     */
    TEXT {
        @Override
        public void write(Appendable out, EventDiff diff, boolean spreadsheetSafe) throws IOException {
            for (Change change : diff.changes()) {
                out.append(line(change)).append('\n');
            }
        }
    },
    /** {@link #HEADER}, then a record per change. */
    CSV {
        @Override
        public void write(Appendable out, EventDiff diff, boolean spreadsheetSafe) throws IOException {
            CsvRecords.write(out, HEADER);
            for (Change change : diff.changes()) {
                CsvRecords.write(out, columns(change), spreadsheetSafe);
            }
        }
    },
    /** An array of objects, one per change, keyed as the CSV's columns; what has no value is {@code null}. */
    JSON {
        @Override
        public void write(Appendable out, EventDiff diff, boolean spreadsheetSafe) throws IOException {
            out.append('[');
            for (int i = 0; i < diff.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n").append("  {");
                List<String> values = columns(diff.changes().get(i));
                for (int column = 0; column < HEADER.size(); column++) {
                    String value = values.get(column);
                    out.append(column == 0 ? "" : ", ").append(string(HEADER.get(column))).append(": ")
                            .append(value != null && column == NUMBER ? value : string(value));
                }
                out.append('}');
            }
            out.append(diff.isEmpty() ? "]\n" : "\n]\n");
        }
    };

    /** The CSV columns, and the JSON objects' keys. */
    public static final List<String> HEADER = List.of("category", "stage", "classification", "subject", "change",
            "field", "number", "crew", "entry_id", "before", "after");

    /** The column JSON writes as a number, not a string. */
    private static final int NUMBER = HEADER.indexOf("number");

    /** The words of a change for people: English, as the command's other messages are. */
    private static final ChangeText WORDS = new ChangeText(Labels.of("en"));

    /**
     * Writes the changes; with {@code spreadsheetSafe}, a CSV value a spreadsheet would run as a
     * formula gets a leading {@code '} ({@link CsvRecords#spreadsheetSafe}). Text and JSON are
     * written alike either way.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public abstract void write(Appendable out, EventDiff diff, boolean spreadsheetSafe) throws IOException;

    /** The format of a {@code --format} word: {@code text}, {@code csv} or {@code json}, in any case. */
    public static DiffFormat of(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + word + "' is not a format: text, csv or json", e);
        }
    }

    /** One line for a summary: {@code 1 change}, {@code no change}. */
    public static String summary(EventDiff diff) {
        return diff.isEmpty() ? "no change" : diff.size() + (diff.size() == 1 ? " change" : " changes");
    }

    /** A change for people, in one line: where, then what (see {@link ChangeText}). */
    public static String line(Change change) {
        return WORDS.line(change, change.categoryId());
    }

    /** A change's values in the order of {@link #HEADER}; null where it has none. */
    private static List<String> columns(Change change) {
        Crew crew = change.crew();
        return Arrays.asList(change.categoryId(), change.stageLabel(),
                change.classification() == null ? null : change.classification().id(), change.subject().id(),
                change.kind().id(), change.field() == null ? null : change.field().id(),
                crew == null || crew.number() == null ? null : crew.number().toString(),
                crew == null ? null : crew.names(), crew == null ? null : crew.entryId(), change.before(),
                change.after());
    }

    private static String string(String value) {
        return value == null ? "null" : Text.jsonString(value);
    }
}
