package org.podium.importers.wiki.internal.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.podium.model.SourcePosition;

/**
 * A page's footnotes: the texts of its references list ({@code <ol class="references">}, each
 * {@code <li id="cite_note-…">}), found by the id a footnote marker links to
 * ({@code <sup class="reference"><a href="#cite_note-…">[7]</a></sup>}).
 */
final class Footnotes {

    /** One footnote's text and where it was written. */
    record Note(String id, String text, SourcePosition position) {
    }

    private final Map<String, Note> byId = new HashMap<>();

    private Footnotes() {
    }

    static Footnotes of(Document document, Positions positions) {
        Footnotes footnotes = new Footnotes();
        // The list's own text is read without footnotes: a note never points at another one.
        ContentReader reader = new ContentReader(new Footnotes());
        for (Element item : document.select("ol.references > li[id], li[id^=cite_note]")) {
            Element body = item.selectFirst(".reference-text");
            Element source = body != null ? body : item;
            Content content = reader.readSkipping(source, ".mw-cite-backlink");
            String text = content.text();
            if (text.isEmpty()) {
                continue;
            }
            // A citation names where the table's figures come from; say so, as the plain article's "Source:" does.
            if (source.selectFirst(".citation") != null) {
                text = "Source: " + text;
            }
            footnotes.byId.putIfAbsent(item.id(), new Note(item.id(), text, positions.of(item)));
        }
        return footnotes;
    }

    /** The note a marker's link ({@code #cite_note-7}) points at, or null. */
    Note find(String href) {
        if (href == null || !href.startsWith("#")) {
            return null;
        }
        return byId.get(href.substring(1));
    }
}
