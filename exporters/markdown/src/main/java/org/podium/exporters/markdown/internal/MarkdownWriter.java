package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.util.List;

/**
 * Writes the blocks of one document as they come, separated by blank lines so that no block can
 * run into the next. Takes plain text and escapes it; one instance per document. Lines end with
 * {@code \n}, and the document with exactly one.
 */
public final class MarkdownWriter {

    private final TextOut out;
    private boolean first = true;

    public MarkdownWriter(TextOut out) {
        this.out = out;
    }

    public MarkdownWriter heading(int level, String text) throws IOException {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Markdown headings have levels 1 to 6, not " + level);
        }
        startBlock();
        out.repeat('#', level).append(' ');
        line(MarkdownText.escape(text));
        return this;
    }

    public MarkdownWriter paragraph(String text) throws IOException {
        startBlock();
        line(MarkdownText.escape(text));
        return this;
    }

    /** A paragraph in bold: a line that heads what follows without being a heading of the outline. */
    public MarkdownWriter strong(String text) throws IOException {
        startBlock();
        out.append("**");
        out.append(MarkdownText.escape(text));
        line("**");
        return this;
    }

    /**
     * An image on its own: {@code alt} is its text for those who cannot see it, {@code destination}
     * a link that needs no escaping (percent-encoded: no space, parenthesis or angle bracket).
     */
    public MarkdownWriter image(String alt, String destination) throws IOException {
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c <= ' ' || "()<>\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("an image's destination is percent-encoded: " + destination);
            }
        }
        startBlock();
        out.append("![").append(MarkdownText.escape(alt)).append("](").append(destination);
        line(")");
        return this;
    }

    /** A bullet list; nothing is written for no items. */
    public MarkdownWriter list(List<String> items) throws IOException {
        if (!items.isEmpty()) {
            startBlock();
            for (String item : items) {
                out.append("- ");
                line(MarkdownText.escape(item));
            }
        }
        return this;
    }

    /**
     * A table of these columns, streamed: {@code rows} is called twice, once to measure the
     * columns and once to write each row as it is made again.
     */
    public MarkdownWriter table(List<MarkdownTable.Column> columns, MarkdownTable.Rows rows) throws IOException {
        MarkdownTable table = new MarkdownTable(columns);
        rows.each(table::measure);
        startBlock();
        table.writeHead(out);
        rows.each((cells, widths) -> table.writeRow(out, cells, widths));
        return this;
    }

    private void startBlock() throws IOException {
        if (!first) {
            out.append('\n');
        }
        first = false;
    }

    private void line(String text) throws IOException {
        out.append(text).append('\n');
    }
}
