package org.podium.launcher;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.csv.CsvRecords;
import org.podium.model.Entry;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.SourcePosition;
import org.podium.model.Text;

/**
 * Writers of consistency findings, as {@code podium check --format} prints them: text for people,
 * CSV and JSON for tools ({@code cli.md}). The CSV follows Podium's one CSV rule ({@link CsvRecords}).
 */
public enum FindingsFormat {
    /** A block per finding: the severity and where, the sentence, the note, the cells it stands on. */
    TEXT {
        @Override
        public void write(Appendable out, ImmutableList<Finding> findings, EventIndex index, boolean spreadsheetSafe)
                throws IOException {
            for (Finding finding : findings) {
                out.append(finding.severity().id()).append(": ").append(where(finding, index)).append('\n');
                out.append("  ").append(finding.message()).append('\n');
                if (finding.noteId() != null) {
                    out.append("  note ").append(finding.noteId()).append(": ")
                            .append(index.note(finding.noteId()).map(Note::text).orElse("")).append('\n');
                }
                String sources = sources(finding);
                if (!sources.isEmpty()) {
                    out.append("  at ").append(sources.replace(JOIN, ", ")).append('\n');
                }
            }
        }
    },
    /** {@code severity,category,stage,classification,crew,expected,found,message,source}, a header first. */
    CSV {
        @Override
        public void write(Appendable out, ImmutableList<Finding> findings, EventIndex index, boolean spreadsheetSafe)
                throws IOException {
            CsvRecords.write(out, HEADER);
            for (Finding finding : findings) {
                CsvRecords.write(out, List.of(finding.severity().id(), orEmpty(finding.categoryId()),
                        orEmpty(finding.stageLabel()), finding.classification(), crews(finding, index),
                        orEmpty(finding.expected()), orEmpty(finding.found()), finding.message(), sources(finding)),
                        spreadsheetSafe);
            }
        }
    },
    /** An array of objects, one per finding, with the crews' names and their entry ids. */
    JSON {
        @Override
        public void write(Appendable out, ImmutableList<Finding> findings, EventIndex index, boolean spreadsheetSafe)
                throws IOException {
            out.append('[');
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                out.append(i == 0 ? "\n" : ",\n").append("  {");
                out.append("\"severity\": ").append(string(finding.severity().id()));
                out.append(", \"category\": ").append(string(finding.categoryId()));
                out.append(", \"stage\": ").append(string(finding.stageLabel()));
                out.append(", \"classification\": ").append(string(finding.classification()));
                out.append(", \"crews\": [")
                        .append(finding.entryIds().collect(id -> string(crew(id, index))).makeString(", ")).append(']');
                out.append(", \"entry_ids\": [")
                        .append(finding.entryIds().collect(FindingsFormat::string).makeString(", ")).append(']');
                out.append(", \"expected\": ").append(string(finding.expected()));
                out.append(", \"found\": ").append(string(finding.found()));
                out.append(", \"message\": ").append(string(finding.message()));
                out.append(", \"note\": ").append(string(finding.noteId()));
                out.append(", \"sources\": [").append(finding.sources().select(SourcePosition::isKnown)
                        .collect(p -> string(p.describe())).makeString(", ")).append(']');
                out.append('}');
            }
            out.append(findings.isEmpty() ? "]\n" : "\n]\n");
        }
    };

    /** The CSV columns of {@code cli.md}. */
    public static final List<String> HEADER = List.of("severity", "category", "stage", "classification", "crew",
            "expected", "found", "message", "source");

    private static final String JOIN = " / ";

    /**
     * Writes the findings; {@code index} names their crews and notes. Every value is written as it
     * is: a crew or message beginning with {@code =} goes into the CSV as it is.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public void write(Appendable out, ImmutableList<Finding> findings, EventIndex index) throws IOException {
        write(out, findings, index, false);
    }

    /**
     * Writes the findings; with {@code spreadsheetSafe}, a CSV value a spreadsheet would run as a
     * formula gets a leading {@code '} ({@link CsvRecords#spreadsheetSafe}). Text and JSON are not
     * opened as spreadsheets and are written alike either way.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public abstract void write(Appendable out, ImmutableList<Finding> findings, EventIndex index,
            boolean spreadsheetSafe) throws IOException;

    /** The format of a {@code --format} word: {@code text}, {@code csv} or {@code json}, in any case. */
    public static FindingsFormat of(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + word + "' is not a format: text, csv or json", e);
        }
    }

    /** One line for a summary: {@code checks: 2 contradictions, 3 explained, 31 not verifiable from the source}. */
    public static String summary(ImmutableList<Finding> findings) {
        int contradictions = count(findings, FindingSeverity.CONTRADICTION);
        return String.format(Locale.ROOT, "checks: %d %s, %d explained, %d not verifiable from the source",
                contradictions, contradictions == 1 ? "contradiction" : "contradictions",
                count(findings, FindingSeverity.EXPLAINED), count(findings, FindingSeverity.INFO));
    }

    private static String where(Finding finding, EventIndex index) {
        StringBuilder where = new StringBuilder();
        if (finding.categoryId() != null) {
            where.append(index.categoryName(finding.categoryId()));
        }
        if (finding.stageLabel() != null) {
            where.append(where.length() > 0 ? ", " : "").append("stage ").append(finding.stageLabel());
        }
        String table = switch (finding.classification()) {
            case "stage" -> "stage result";
            case "general" -> "general classification";
            case "final" -> "final standings";
            default -> finding.classification();
        };
        return where.append(where.length() > 0 ? ", " : "").append(table).toString();
    }

    private static String crews(Finding finding, EventIndex index) {
        return finding.entryIds().collect(id -> crew(id, index)).makeString(JOIN);
    }

    private static String crew(String entryId, EventIndex index) {
        return index.entry(entryId).map(Entry::crewNames).orElse(entryId);
    }

    private static String sources(Finding finding) {
        return finding.sources().select(SourcePosition::isKnown).collect(SourcePosition::describe).makeString(JOIN);
    }

    private static int count(ImmutableList<Finding> findings, FindingSeverity severity) {
        return findings.count(f -> f.severity() == severity);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String string(String value) {
        return value == null ? "null" : Text.jsonString(value);
    }
}
