package org.podium.importers.wiki.internal.html;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.podium.model.SourcePosition;

/** Where a node starts in the file, from jsoup's source-range tracking. */
final class Positions {

    private final String sourceName;

    Positions(String sourceName) {
        this.sourceName = sourceName;
    }

    /**
     * The node's start tag. Elements the parser inserted ({@code <tbody>}, a {@code <tr>} around
     * loose cells) carry the position where they were inserted, which is where their first child
     * starts; a node without any range takes its parent's.
     */
    SourcePosition of(Node node) {
        for (Node at = node; at != null; at = at.parentNode()) {
            Range.Position start = at.sourceRange().start();
            if (start.isTracked() && start.lineNumber() > 0) {
                return SourcePosition.of(sourceName, start.lineNumber(), Math.max(1, start.columnNumber()));
            }
        }
        return SourcePosition.of(sourceName, 1, 1);
    }

    SourcePosition start() {
        return SourcePosition.of(sourceName, 1, 1);
    }
}
