package org.podium.importers.wiki;

import java.util.List;
import java.util.Random;

/**
 * Writes an {@link ArbitraryGrids.Table} as MediaWiki wikitext, in the many ways editors write the
 * same table: one cell a line or several joined by {@code ||}/{@code !!}, attributes quoted or not
 * and mixed with others, texts escaped with entities, {@code {{!}}} or {@code <nowiki>}, comments
 * between cells, optional leading and trailing {@code |-}.
 */
final class WikitextTableWriter {

    private final Random random;

    WikitextTableWriter(Random random) {
        this.random = random;
    }

    String write(ArbitraryGrids.Table table) {
        StringBuilder out = new StringBuilder();
        out.append(random.nextBoolean() ? "{| class=\"wikitable\"" : "{|").append('\n');
        if (table.caption() != null) {
            out.append("|+").append(random.nextBoolean() ? " style=\"text-align:left\" | " : " ")
                    .append(escape(table.caption())).append('\n');
        }
        if (random.nextBoolean()) {
            out.append("|-\n");
        }
        boolean first = true;
        for (List<ArbitraryGrids.WrittenCell> row : table.headerRows()) {
            first = row(out, row, first);
        }
        for (List<ArbitraryGrids.WrittenCell> row : table.dataRows()) {
            first = row(out, row, first);
        }
        if (random.nextInt(3) == 0) {
            out.append("|-\n");
        }
        out.append("|}\n");
        return out.toString();
    }

    private boolean row(StringBuilder out, List<ArbitraryGrids.WrittenCell> cells, boolean first) {
        if (!first) {
            out.append(random.nextBoolean() ? "|-\n" : "|- style=\"background:#eee\"\n");
        }
        boolean inline = random.nextBoolean();
        Boolean lineHeader = null;
        for (ArbitraryGrids.WrittenCell cell : cells) {
            boolean join = inline && lineHeader != null && lineHeader == cell.header();
            if (join) {
                out.append(cell.header() && random.nextBoolean() ? " !! " : " || ");
            } else {
                if (lineHeader != null) {
                    out.append('\n');
                    if (random.nextInt(6) == 0) {
                        out.append("<!-- a comment | with a pipe -->\n");
                    }
                }
                out.append(cell.header() ? '!' : '|').append(' ');
            }
            out.append(cell(cell));
            lineHeader = cell.header();
        }
        out.append('\n');
        return false;
    }

    private String cell(ArbitraryGrids.WrittenCell cell) {
        StringBuilder attributes = new StringBuilder();
        if (random.nextInt(5) == 0) {
            attributes.append("align=\"center\" ");
        }
        if (cell.rowspan() > 1) {
            attributes.append("rowspan=").append(quoted(cell.rowspan())).append(' ');
        }
        if (cell.colspan() > 1) {
            attributes.append("colspan=").append(quoted(cell.colspan())).append(' ');
        }
        if (random.nextInt(8) == 0) {
            attributes.append("style=\"font-size:90%\" ");
        }
        String text = escape(cell.text());
        if (random.nextInt(8) == 0) {
            text = text + " <!-- note -->";
        }
        return attributes.length() == 0 ? text : attributes + "| " + text;
    }

    private String quoted(int n) {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(n);
            case 1 -> "\"" + n + "\"";
            default -> "'" + n + "'";
        };
    }

    /** The text written so that it reads back as itself, with nothing in it taken as markup. */
    private String escape(String text) {
        if (text.isEmpty()) {
            return text;
        }
        if (random.nextInt(3) == 0) {
            return "<nowiki>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</nowiki>";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '|' -> random.nextBoolean() ? "&#124;" : "{{!}}";
                case '!' -> "&#33;";
                case '[' -> "&#91;";
                case ']' -> "&#93;";
                case '{' -> "&#123;";
                case '}' -> "&#125;";
                case '\'' -> random.nextBoolean() ? "&#39;" : "&apos;";
                case '_' -> "&#95;";
                case '=' -> "&#61;";
                case '~' -> "&#126;";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
