package org.podium.importers.wiki.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.bag.MutableBag;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.jsoup.nodes.Element;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.model.SourcePosition;

/**
 * Reads an infobox ({@code <table class="infobox">}) into key–value entries: a {@code <th>} (or a
 * first cell all in bold) names the entry, the cells after it are its value. The caption, or a
 * title row spanning the box, is its {@code Caption} entry as in the plain article. A row with one
 * spanning {@code <th>} heads the entries below it (MotoGP, Pole position): a key the box uses
 * more than once is written with those headings ({@code MotoGP › Pole position › Rider}).
 */
final class InfoboxReader {

    /**
     * What an infobox says.
     *
     * @param title         its caption or title row, or null
     * @param titlePosition where the title was read, or null
     * @param properties    its entries, in order
     */
    record Infobox(String title, SourcePosition titlePosition, ImmutableList<WikiDocument.Located> properties) {
    }

    private record Entry(ImmutableList<String> context, String key, String value, SourcePosition position) {
    }

    private final Positions positions;
    private final ContentReader contents;

    InfoboxReader(Positions positions, ContentReader contents) {
        this.positions = positions;
        this.contents = contents;
    }

    Infobox read(Element table) {
        String title = null;
        SourcePosition titlePosition = null;
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                title = emptyToNull(contents.read(child).text());
                titlePosition = positions.of(child);
                break;
            }
        }
        MutableList<Entry> entries = Lists.mutable.empty();
        List<String> pendingHeadings = new ArrayList<>();
        String group = null;
        String heading = null;
        boolean first = true;
        for (Element row : TableReader.ownRows(table)) {
            List<Element> cells = TableReader.ownCells(row);
            boolean firstRow = first;
            first = false;
            if (cells.isEmpty()) {
                continue;
            }
            if (cells.size() == 1) {
                Element only = cells.get(0);
                String text = contents.read(only).text();
                if (!only.normalName().equals("th") || text.isEmpty()) {
                    // An image, its caption, or the links to the previous and next editions: not an entry.
                    continue;
                }
                if (firstRow && title == null) {
                    title = text;
                    titlePosition = positions.of(only);
                } else {
                    pendingHeadings.add(text);
                }
                continue;
            }
            int keyIndex = keyCell(cells);
            if (keyIndex < 0) {
                continue;
            }
            if (!pendingHeadings.isEmpty()) {
                // Headings in a row head the ones after them (MotoGP over Pole position); a heading
                // followed by entries is a heading of the group above.
                if (pendingHeadings.size() >= 2) {
                    group = pendingHeadings.get(pendingHeadings.size() - 2);
                }
                heading = pendingHeadings.get(pendingHeadings.size() - 1);
                pendingHeadings.clear();
            }
            MutableList<String> values = Lists.mutable.empty();
            for (int i = keyIndex + 1; i < cells.size(); i++) {
                String text = contents.read(cells.get(i)).text();
                if (!text.isEmpty()) {
                    values.add(text);
                }
            }
            MutableList<String> context = Lists.mutable.empty();
            if (group != null) {
                context.add(group);
            }
            if (heading != null) {
                context.add(heading);
            }
            entries.add(new Entry(context.toImmutable(), contents.read(cells.get(keyIndex)).text(),
                    values.makeString(" "), positions.of(cells.get(keyIndex))));
        }
        MutableList<WikiDocument.Located> properties = Lists.mutable.empty();
        if (title != null) {
            properties.add(new WikiDocument.Located("Caption", title, titlePosition));
        }
        MutableBag<String> keys = entries.collect(Entry::key).toBag();
        for (Entry entry : entries) {
            String key = keys.occurrencesOf(entry.key()) > 1 && entry.context().notEmpty()
                    ? entry.context().makeString(" › ") + " › " + entry.key()
                    : entry.key();
            properties.add(new WikiDocument.Located(key, entry.value(), entry.position()));
        }
        return new Infobox(title, titlePosition, properties.toImmutable());
    }

    /** The cell naming the entry: the first {@code <th>} with text, else a first cell all in bold, else -1. */
    private int keyCell(List<Element> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            if (cell.normalName().equals("th") && !contents.read(cell).text().isEmpty()) {
                return i;
            }
        }
        Element firstCell = cells.get(0);
        if (!contents.read(firstCell).text().isEmpty() && TableReader.isBold(firstCell)) {
            return 0;
        }
        int filled = 0;
        for (Element cell : cells) {
            if (!contents.read(cell).text().isEmpty()) {
                filled++;
            }
        }
        return filled >= 2 && !contents.read(firstCell).text().isEmpty() ? 0 : -1;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
