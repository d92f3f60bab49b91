package org.podium.exporters.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "Team \"Pipe | Comma, Co\"", "- not a list", "+ not a list", "* not a list", "1. not a list",
            "2) not a list", "# not a heading", "> not a quote", "---", "===", "***", "```", "~~~ fence",
            "<b>not html</b>", "[not](a link)", "*not emphasis*", "_not emphasis_", "`not code`",
            "~~not struck~~", "&amp; not an entity", "a \\ backslash", "ends with #", "+0:00:05", "404.5",
            "Tomáš Tomeček | Châteauroux", "-", "| lone pipe |"})
    void readsBackAsTheSameTextInEveryPlace(String text) {
        String escaped = MarkdownText.escape(text);

        assertThat(onlyBlock(GFM.parse(escaped), Paragraph.class)).isEqualTo(text);
        assertThat(onlyBlock(GFM.parse("- " + escaped), BulletList.class)).isEqualTo(text);
        assertThat(onlyBlock(GFM.parse("## " + escaped), Heading.class)).isEqualTo(text);
        String table = String.join("\n", new MarkdownTable(List.of(MarkdownTable.Column.left("A"),
                MarkdownTable.Column.right("B"))).addRow(List.of(text, "x")).lines());
        Node tableBlock = GFM.parse(table).getFirstChild();
        assertThat(tableBlock).isInstanceOf(TableBlock.class);
        List<TableCell> cells = cells(tableBlock);
        assertThat(cells).hasSize(4);
        assertThat(literal(cells.get(2))).isEqualTo(text);
        assertThat(cells.get(3).getAlignment()).isEqualTo(TableCell.Alignment.RIGHT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "a\r\nb", "tab\tand  spaces", "line\u2028separator"})
    void lineBreaksBecomeOneSpace(String text) {
        assertThat(MarkdownText.escape(text)).doesNotContain("\n", "\r", "\t", "\u2028", "  ");
    }

    private static String onlyBlock(Node document, Class<? extends Node> type) {
        assertThat(document).isInstanceOf(Document.class);
        assertThat(document.getFirstChild()).isInstanceOf(type);
        assertThat(document.getFirstChild().getNext()).isNull();
        return literal(document.getFirstChild());
    }

    private static List<TableCell> cells(Node table) {
        List<TableCell> cells = new ArrayList<>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell cell) {
                    cells.add(cell);
                }
                visitChildren(node);
            }
        });
        return cells;
    }

    private static String literal(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }
        });
        return text.toString();
    }
}
