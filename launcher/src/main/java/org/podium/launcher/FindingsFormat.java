package org.podium.app;

import java.util.Locale;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.model.Text;

/** Findings as {@code podium check} prints them: text for people, CSV and JSON for tools ({@code cli.md}). */
final class FindingsReport {

    /** The CSV columns of {@code cli.md}. */
    static final String CSV_HEADER = "severity,category,stage,classification,crew,expected,found,message,source";

    private static final String JOIN = " / ";

    private FindingsReport() {
    }

    /** One line for stderr: {@code checks: 2 contradictions, 3 explained, 31 not verifiable}. */
    static String summary(ImmutableList<Finding> findings) {
        return String.format(Locale.ROOT, "checks: %d %s, %d explained, %d not verifiable from the source",
                count(findings, FindingSeverity.CONTRADICTION),
                count(findings, FindingSeverity.CONTRADICTION) == 1 ? "contradiction" : "contradictions",
                count(findings, FindingSeverity.EXPLAINED), count(findings, FindingSeverity.INFO));
    }

    /** A block per finding: the severity and where, the sentence, the cells it stands on. */
    static String text(ImmutableList<Finding> findings, Event event) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.severity().id()).append(": ").append(where(finding, event)).append('\n');
            text.append("  ").append(finding.message()).append('\n');
            if (finding.noteId() != null) {
                text.append("  note ").append(finding.noteId()).append(": ")
                        .append(event.notes().detectOptional(n -> n.id().equals(finding.noteId()))
                                .map(n -> n.text()).orElse("")).append('\n');
            }
            String sources = sources(finding);
            if (!sources.isEmpty()) {
                text.append("  at ").append(sources.replace(JOIN, ", ")).append('\n');
            }
        }
        return text.toString();
    }

    static String csv(ImmutableList<Finding> findings, Event event) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Finding finding : findings) {
            csv.append(String.join(",", field(finding.severity().id()), field(finding.categoryId()),
                    field(finding.stageLabel()), field(finding.classification()), field(crews(finding, event)),
                    field(finding.expected()), field(finding.found()), field(finding.message()),
                    field(sources(finding)))).append('\n');
        }
        return csv.toString();
    }

    static String json(ImmutableList<Finding> findings, Event event) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("  {");
            json.append("\"severity\": ").append(string(finding.severity().id()));
            json.append(", \"category\": ").append(string(finding.categoryId()));
            json.append(", \"stage\": ").append(string(finding.stageLabel()));
            json.append(", \"classification\": ").append(string(finding.classification()));
            json.append(", \"crews\": [").append(finding.entryIds().collect(id -> string(crew(id, event))).makeString(", "))
                    .append(']');
            json.append(", \"entry_ids\": [").append(finding.entryIds().collect(FindingsReport::string).makeString(", "))
                    .append(']');
            json.append(", \"expected\": ").append(string(finding.expected()));
            json.append(", \"found\": ").append(string(finding.found()));
            json.append(", \"message\": ").append(string(finding.message()));
            json.append(", \"note\": ").append(string(finding.noteId()));
            json.append(", \"sources\": [").append(finding.sources().select(SourcePosition::isKnown)
                    .collect(p -> string(p.describe())).makeString(", ")).append(']');
            json.append('}');
        }
        return json.append(findings.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String where(Finding finding, Event event) {
        StringBuilder where = new StringBuilder();
        if (finding.categoryId() != null) {
            where.append(event.category(finding.categoryId()).map(c -> c.name()).orElse(finding.categoryId()));
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

    private static String crews(Finding finding, Event event) {
        return finding.entryIds().collect(id -> crew(id, event)).makeString(JOIN);
    }

    private static String crew(String entryId, Event event) {
        Entry entry = event.entries().detect(e -> e.id().equals(entryId));
        return entry == null ? entryId : entry.crewNames();
    }

    private static String sources(Finding finding) {
        return finding.sources().select(SourcePosition::isKnown).collect(SourcePosition::describe).makeString(JOIN);
    }

    private static long count(ImmutableList<Finding> findings, FindingSeverity severity) {
        return findings.count(f -> f.severity() == severity);
    }

    /** RFC 4180: quoted only when the value holds a comma, a quote or a line break. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String string(String value) {
        return value == null ? "null" : Text.jsonString(value);
    }
}
