package org.podium.exporters.markdown.internal;

import java.util.HashMap;
import java.util.Map;
import org.podium.model.Entry;
import org.podium.model.EventIndex;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** Looks up the crews that rows and penalties name, for one document, through the report's index. */
final class Crews {

    /**
     * What the document prints about a crew; {@code vehicleClass} is empty when the entry has none.
     * The same as table cells, escaped once: a crew stands in every stage's two tables.
     */
    record Known(String number, String names, String make, String entrant, String vehicleClass,
            String numberCell, String namesCell, String makeCell, String entrantCell, String vehicleClassCell,
            int namesWidth, int makeWidth, int entrantWidth, int vehicleClassWidth) {

        Known(String number, String names, String make, String entrant, String vehicleClass) {
            this(number, names, make, entrant, vehicleClass, MarkdownText.escape(number), MarkdownText.escape(names),
                    MarkdownText.escape(make), MarkdownText.escape(entrant), MarkdownText.escape(vehicleClass));
        }

        private Known(String number, String names, String make, String entrant, String vehicleClass,
                String numberCell, String namesCell, String makeCell, String entrantCell, String vehicleClassCell) {
            this(number, names, make, entrant, vehicleClass, numberCell, namesCell, makeCell, entrantCell,
                    vehicleClassCell, MarkdownTable.width(namesCell), MarkdownTable.width(makeCell),
                    MarkdownTable.width(entrantCell), MarkdownTable.width(vehicleClassCell));
        }
    }

    private final EventIndex index;
    private final Diagnostics diagnostics;
    /** A crew stands in every table of a long event: its cells are made once. */
    private final Map<String, Known> known = new HashMap<>();

    Crews(EventIndex index, Diagnostics diagnostics) {
        this.index = index;
        this.diagnostics = diagnostics;
    }

    Known of(String entryId) {
        Known crew = known.get(entryId);
        if (crew == null) {
            crew = lookUp(entryId);
            known.put(entryId, crew);
        }
        return crew;
    }

    private Known lookUp(String entryId) {
        Entry entry = index.entry(entryId).orElse(null);
        if (entry == null) {
            // Printing the id keeps the row visible; dropping it would hide what the source said.
            // Said once per crew, as the crew is looked up once.
            diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN,
                    "the Markdown document names entry '" + entryId + "' by its id: the event has no such entry"));
            return new Known("", entryId, "", "", "");
        }
        return of(entry);
    }

    static Known of(Entry entry) {
        return new Known(Formats.number(entry), Formats.crew(entry), Formats.nullToEmpty(entry.make()),
                Formats.nullToEmpty(entry.entrant()), Formats.nullToEmpty(entry.vehicleClass()));
    }
}
