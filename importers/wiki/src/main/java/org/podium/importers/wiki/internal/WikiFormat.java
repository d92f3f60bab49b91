package org.podium.importers.wiki.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wiki formats the importer reads, told apart by content (never only by the extension): the
 * plain-text rendering of an article, MediaWiki wikitext, HTML (a saved Wikipedia page or a
 * results site's page), and a bare table in the article's {@code | a | b |} syntax.
 */
public enum WikiFormat {
    /** {@code = Title =}, an infobox as {@code - Key: Value}, {@code | a | b |} tables. */
    ARTICLE("a wiki article in plain-text form"),
    /** What Wikipedia's edit box gives: {@code {|} tables, {@code {{templates}}}, {@code [[links]]}. */
    WIKITEXT("MediaWiki wikitext"),
    /** A page with {@code <table>} elements. */
    HTML("an HTML page"),
    /** The article's table syntax on its own: every line {@code | a | b |}. */
    PIPE_TABLE("a table written | a | b |");

    /** A wikitext table, template or section heading at a line start. */
    private static final Pattern WIKITEXT_BLOCK = Pattern.compile("(?m)^\\s*(\\{\\||\\{\\{|==[^=])");
    /** A link or bold text, which every article has. */
    private static final Pattern WIKITEXT_INLINE = Pattern.compile("\\[\\[[^\\[\\]\\n]{1,200}\\]\\]|'{3}");
    /** A document that opens with a tag (after comments and a doctype). */
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|[a-z][a-z0-9]*)[\\s>/]");
    private static final Pattern PIPE_ROW = Pattern.compile("\\|.*\\|.*\\|");

    private final String description;

    WikiFormat(String description) {
        this.description = description;
    }

    /** How messages name the format. */
    public String description() {
        return description;
    }

    /** The format of a file's first bytes, or empty when it is none of them. */
    public static Optional<WikiFormat> of(String head) {
        if (head.isBlank()) {
            return Optional.empty();
        }
        if (ArticleReader.looksLikeArticle(head)) {
            return Optional.of(ARTICLE);
        }
        if (HTML_START.matcher(head).lookingAt()) {
            return Optional.of(HTML);
        }
        if (WIKITEXT_BLOCK.matcher(head).find() && WIKITEXT_INLINE.matcher(head).find()
                || head.startsWith("{|") || head.contains("\n{|")) {
            return Optional.of(WIKITEXT);
        }
        if (isPipeTable(head)) {
            return Optional.of(PIPE_TABLE);
        }
        return Optional.empty();
    }

    /** Every non-blank line of the head (the last may be cut short) is a {@code | a | b |} row. */
    private static boolean isPipeTable(String head) {
        String[] lines = head.split("\\R");
        int rows = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean last = i == lines.length - 1;
            if (rows >= 2 && line.startsWith("- ")) {
                // Notes and sources under the table, as the article writes them.
                continue;
            }
            if (!line.startsWith("|") || !last && (!line.endsWith("|") || !PIPE_ROW.matcher(line).find())) {
                return false;
            }
            rows++;
        }
        return rows >= 2;
    }
}
