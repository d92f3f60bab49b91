package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the blocks of one document to a {@link Writer} as they come, separated by blank lines so
 * that no block can run into the next. Takes plain text and escapes it; one instance per document.
 * Lines end with {@code \n}, and the document with exactly one.
 */
public final class MarkdownWriter {

    private final Writer out;
    private boolean first = true;

    public MarkdownWriter(Writer out) {
        this.out = out;
    }

    public MarkdownWriter heading(int level, String text) throws IOException {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Markdown headings have levels 1 to 6, not " + level);
        }
        startBlock();
        line("#".repeat(level) + " " + MarkdownText.escape(text));
        return this;
    }

    public MarkdownWriter paragraph(String text) throws IOException {
        startBlock();
        line(MarkdownText.escape(text));
        return this;
    }

    /** A bullet list; nothing is written for no items. */
    public MarkdownWriter list(List<String> items) throws IOException {
        if (!items.isEmpty()) {
            startBlock();
            for (String item : items) {
                line("- " + MarkdownText.escape(item));
            }
        }
        return this;
    }

    public MarkdownWriter table(MarkdownTable table) throws IOException {
        startBlock();
        for (String line : table.lines()) {
            line(line);
        }
        return this;
    }

    private void startBlock() throws IOException {
        if (!first) {
            out.write('\n');
        }
        first = false;
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
