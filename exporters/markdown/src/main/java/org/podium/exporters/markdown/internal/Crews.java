package org.podium.exporters.markdown.internal;

import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** Looks up the crews that rows and penalties name, for one document. */
final class Crews {

    /** What the document prints about a crew. */
    record Known(String number, String names, String make, String entrant) {
    }

    private final ImmutableMap<String, Entry> entriesById;
    private final Diagnostics diagnostics;

    Crews(Event event, Diagnostics diagnostics) {
        this.entriesById = event.entriesById();
        this.diagnostics = diagnostics;
    }

    Known of(String entryId) {
        Entry entry = entriesById.get(entryId);
        if (entry == null) {
            // Printing the id keeps the row visible; dropping it would hide what the source said.
            diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN,
                    "the Markdown document names entry '" + entryId + "' by its id: the event has no such entry"));
            return new Known("", entryId, "", "");
        }
        return of(entry);
    }

    static Known of(Entry entry) {
        return new Known(Labels.number(entry), Labels.crew(entry), nullToEmpty(entry.make()),
                nullToEmpty(entry.entrant()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
