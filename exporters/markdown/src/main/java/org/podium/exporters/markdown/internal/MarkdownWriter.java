package org.podium.exporters.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the blocks of one document and joins them with blank lines, so that no block can run
 * into the next. Takes plain text and escapes it; one instance per document.
 */
public final class MarkdownWriter {

    private final List<List<String>> blocks = new ArrayList<>();

    public MarkdownWriter heading(int level, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Markdown headings have levels 1 to 6, not " + level);
        }
        blocks.add(List.of("#".repeat(level) + " " + MarkdownText.escape(text)));
        return this;
    }

    public MarkdownWriter paragraph(String text) {
        blocks.add(List.of(MarkdownText.escape(text)));
        return this;
    }

    /** A bullet list; nothing is written for no items. */
    public MarkdownWriter list(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(items.stream().map(item -> "- " + MarkdownText.escape(item)).toList());
        }
        return this;
    }

    public MarkdownWriter table(MarkdownTable table) {
        blocks.add(table.lines());
        return this;
    }

    /** The document: {@code \n} line ends, one at the end. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (List<String> block : blocks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (String line : block) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }
}
