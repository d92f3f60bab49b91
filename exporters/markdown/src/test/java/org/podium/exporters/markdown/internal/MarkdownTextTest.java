package org.podium.exporters.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
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
import org.junit.jupiter.api.Test;
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
            "Tomáš Tomeček | Châteauroux", "-", "| lone pipe |", "+", "=", "-1", "1)", "123456789. nine digits",
            "1234567890. ten digits", "&#38; numeric", "a&b", "&", "* starts a list", "12:30 not a list",
            "Hiroshi Masuoka (JPN), Pascal Maimon (FRA)", "54:12:21 *"})
    void readsBackAsTheSameTextInEveryPlace(String text) throws IOException {
        String escaped = MarkdownText.escape(text);

        assertThat(onlyBlock(GFM.parse(escaped), Paragraph.class)).isEqualTo(text);
        assertThat(onlyBlock(GFM.parse("- " + escaped), BulletList.class)).isEqualTo(text);
        assertThat(onlyBlock(GFM.parse("## " + escaped), Heading.class)).isEqualTo(text);
        String table = String.join("\n", lines(List.of(MarkdownTable.Column.left("A"),
                MarkdownTable.Column.right("B")), List.of(List.of(text, "x"))));
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

    @ParameterizedTest
    @ValueSource(strings = {"  leading and trailing  ", "two  spaces", "a \u0085 b", "\ttab"})
    void whitespaceRunsAreOneSpaceAndTheEndsAreStripped(String text) {
        assertThat(MarkdownText.escape(text)).isEqualTo(text.strip().replaceAll("[\\s\u0085]+", " "));
    }

    @Test
    void plainTextIsLeftAsItIs() {
        assertThat(MarkdownText.escape("Pål Anders Ullevålseter (NOR)")).isEqualTo("Pål Anders Ullevålseter (NOR)");
    }

    @Test
    void tableColumnsArePaddedSoThatTheRawTextLinesUp() throws IOException {
        List<String> lines = lines(List.of(MarkdownTable.Column.right("Pos."),
                MarkdownTable.Column.left("Crew"), MarkdownTable.Column.right("Time")), List.of(
                List.of("1", "Tomáš Tomeček", "0:26:10"),
                List.of("10", "增冈浩", "48:00:59"),
                List.of("Retired", "A | B", "")));

        assertThat(lines).containsExactly(
                "|    Pos. | Crew          |     Time |",
                "| ------: | :------------ | -------: |",
                "|       1 | Tomáš Tomeček |  0:26:10 |",
                "|      10 | 增冈浩        | 48:00:59 |",
                "| Retired | A \\| B        |          |");
    }

    @Test
    void combiningMarksTakeNoColumnAndWideCharactersTwo() {
        assertThat(MarkdownTable.width("Tomáš")).isEqualTo(5);
        assertThat(MarkdownTable.width("Toma\u0301s\u030C")).isEqualTo(5);
        assertThat(MarkdownTable.width("增冈浩")).isEqualTo(6);
    }

    /** The lines of a table of plain-text rows, written as a document writes one: measured, then streamed. */
    private static List<String> lines(List<MarkdownTable.Column> columns, List<List<String>> rows) throws IOException {
        StringWriter written = new StringWriter();
        TextOut out = new TextOut(written);
        new MarkdownWriter(out).table(columns, each -> {
            for (List<String> row : rows) {
                each.cells(row.stream().map(MarkdownText::escape).toArray(String[]::new));
            }
        });
        out.flushBuffer();
        return List.of(written.toString().split("\n"));
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
