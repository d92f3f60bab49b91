package org.podium.importers.wiki.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an {@link ArbitraryHtmlGrids.Table} as an HTML page the way pages are written in the
 * wild, each choice random: Wikipedia's flag markup in three forms, {@code <br>} in several
 * spellings, entities or raw characters, {@code &#160;} for spaces, upper-case tags, end tags
 * left out where HTML allows it, newlines and indentation inside cells, {@code <thead>} and
 * {@code <tbody>} or neither, a references list after the table.
 */
final class HtmlGridWriter {

    private final Random random;
    private final boolean upperCase;
    private final boolean omitEndTags;
    private final boolean indent;

    HtmlGridWriter(Random random) {
        this.random = random;
        this.upperCase = random.nextInt(4) == 0;
        this.omitEndTags = random.nextInt(3) == 0;
        this.indent = random.nextBoolean();
    }

    String write(ArbitraryHtmlGrids.Table table) {
        StringBuilder html = new StringBuilder();
        html.append(random.nextBoolean() ? "<!DOCTYPE html>\n" : "")
                .append("<html><head><meta charset=\"utf-8\"><title>Results</title></head>\n<body>\n");
        if (table.title() != null) {
            html.append("<h1>").append(text(table.title())).append("</h1>\n");
        }
        if (random.nextBoolean()) {
            html.append("<p>A page written for a test.</p>\n");
        }
        for (ArbitraryHtmlGrids.Heading heading : table.headings()) {
            String tag = "h" + (heading.level() + 1);
            html.append('<').append(tag).append('>');
            if (random.nextBoolean()) {
                html.append("<span class=\"mw-headline\" id=\"s").append(random.nextInt(1000)).append("\">")
                        .append(text(heading.text())).append("</span>");
            } else {
                html.append(text(heading.text()));
            }
            html.append("</").append(tag).append(">\n");
        }
        html.append(open("table", " class=\"wikitable\"")).append('\n');
        if (table.caption() != null) {
            html.append(open("caption", "")).append(text(table.caption())).append(close("caption")).append('\n');
        }
        boolean thead = random.nextBoolean();
        boolean tbody = random.nextBoolean();
        if (thead) {
            html.append(open("thead", "")).append('\n');
        }
        rows(html, table.header(), table.headerRows());
        if (thead) {
            html.append(close("thead")).append('\n');
        }
        if (tbody) {
            html.append(open("tbody", "")).append('\n');
        }
        rows(html, table.body(), table.bodyRows());
        if (tbody) {
            html.append(close("tbody")).append('\n');
        }
        html.append(close("table")).append('\n');
        if (table.noteAfter() != null) {
            html.append("<p>").append(text(table.noteAfter())).append("</p>\n");
        }
        references(html, table);
        html.append("</body></html>\n");
        return html.toString();
    }

    private void rows(StringBuilder html, List<ArbitraryHtmlGrids.Block> blocks, int rowCount) {
        for (int r = 0; r < rowCount; r++) {
            int row = r;
            html.append(indent ? "  " : "").append(open("tr", "")).append(indent ? "\n" : "");
            blocks.stream().filter(b -> b.row() == row)
                    .sorted(Comparator.comparingInt(ArbitraryHtmlGrids.Block::column))
                    .forEach(block -> cell(html, block));
            html.append(omitEndTags ? "" : close("tr")).append('\n');
        }
    }

    private void cell(StringBuilder html, ArbitraryHtmlGrids.Block block) {
        String tag = block.th() ? "th" : "td";
        StringBuilder attributes = new StringBuilder();
        if (random.nextInt(5) == 0) {
            attributes.append(" style=\"text-align:center\"");
        }
        if (block.rowspan() > 1 || random.nextInt(10) == 0) {
            attributes.append(span("rowspan", block.rowspan()));
        }
        if (block.colspan() > 1 || random.nextInt(10) == 0) {
            attributes.append(span("colspan", block.colspan()));
        }
        html.append(indent ? "    " : "").append(open(tag, attributes.toString()));
        ArbitraryHtmlGrids.CellSpec content = block.content();
        if (indent && random.nextBoolean()) {
            html.append("\n      ");
        }
        String strike = random.nextBoolean() ? "s" : "del";
        if (content.struck()) {
            html.append('<').append(strike).append('>');
        }
        List<String> lines = new ArrayList<>();
        for (ArbitraryHtmlGrids.LineSpec line : content.lines()) {
            lines.add((line.nation() != null ? flag(line.nation()) : "") + text(line.text()));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.append(switch (random.nextInt(4)) {
                    case 0 -> "<br>";
                    case 1 -> "<br />\n";
                    case 2 -> "<BR/>";
                    default -> " <br> ";
                });
            }
            html.append(lines.get(i));
        }
        if (content.struck()) {
            html.append("</").append(strike).append('>');
        }
        for (ArbitraryHtmlGrids.NoteSpec note : content.footnotes()) {
            html.append("<sup id=\"cite_ref-").append(random.nextInt(10000))
                    .append("\" class=\"reference\"><a href=\"#")
                    .append(note.id()).append("\"><span>[</span>").append(note.id().hashCode() & 0xff)
                    .append("<span>]</span></a></sup>");
        }
        if (indent && random.nextBoolean()) {
            html.append("\n    ");
        }
        html.append(omitEndTags ? "" : close(tag)).append(indent ? "\n" : "");
    }

    private String span(String name, int value) {
        return switch (random.nextInt(3)) {
            case 0 -> " " + name + "=\"" + value + "\"";
            case 1 -> " " + name + "='" + value + "'";
            default -> " " + name + "=" + value;
        };
    }

    /** A flag as Wikipedia's templates write it, in one of three forms; its nation in {@code alt} or a link title. */
    private String flag(String nation) {
        String src = "//upload.wikimedia.org/wikipedia/commons/thumb/0/00/Flag_of_Somewhere.svg/"
                + "23px-Flag_of_Somewhere.svg.png";
        return switch (random.nextInt(3)) {
            case 0 -> "<span class=\"flagicon\"><img alt=\"" + attribute(nation) + "\" src=\"" + src
                    + "\" width=\"23\" height=\"15\" class=\"thumbborder\" />&#160;</span>";
            case 1 -> "<span class=\"flagicon\"><a href=\"/wiki/X\" title=\"" + attribute(nation)
                    + "\"><img alt=\"\" src=\"" + src + "\"></a></span> ";
            default -> "<img alt=\"" + attribute(nation) + "\" src=\"" + src + "\"> ";
        };
    }

    private void references(StringBuilder html, ArbitraryHtmlGrids.Table table) {
        List<ArbitraryHtmlGrids.NoteSpec> notes = new ArrayList<>();
        for (ArbitraryHtmlGrids.Block block : table.body()) {
            for (ArbitraryHtmlGrids.NoteSpec note : block.content().footnotes()) {
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }
        if (notes.isEmpty()) {
            return;
        }
        html.append("<h2>References</h2>\n<div class=\"reflist\"><ol class=\"references\">\n");
        for (ArbitraryHtmlGrids.NoteSpec note : notes) {
            html.append("<li id=\"").append(note.id())
                    .append("\"><span class=\"mw-cite-backlink\"><b><a href=\"#x\">^</a></b></span>")
                    .append(" <span class=\"reference-text\">");
            if (note.citation()) {
                html.append("<span class=\"citation web\">").append(text(note.text())).append("</span>");
            } else {
                html.append(text(note.text()));
            }
            html.append("</span></li>\n");
        }
        html.append("</ol></div>\n");
    }

    private String open(String tag, String attributes) {
        return "<" + name(tag) + attributes + ">";
    }

    private String close(String tag) {
        return "</" + name(tag) + ">";
    }

    private String name(String tag) {
        return upperCase ? tag.toUpperCase(Locale.ROOT) : tag;
    }

    /** Text as pages write it: markup characters escaped, other characters raw or as entities. */
    private String text(String text) {
        StringBuilder html = new StringBuilder();
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> html.append("&lt;");
                case '&' -> html.append("&amp;");
                case '>' -> html.append(random.nextBoolean() ? "&gt;" : ">");
                case '"' -> html.append(random.nextBoolean() ? "&quot;" : "\"");
                case '\'' -> html.append(random.nextBoolean() ? "&#39;" : "'");
                case ' ' -> html.append(switch (random.nextInt(6)) {
                    case 0 -> "&#160;";
                    case 1 -> "&nbsp;";
                    case 2 -> "\n ";
                    default -> " ";
                });
                default -> {
                    if (cp > 127 && random.nextInt(4) == 0) {
                        html.append("&#").append(cp).append(';');
                    } else {
                        html.appendCodePoint(cp);
                    }
                }
            }
        });
        return html.toString();
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
