package org.podium.exporters.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A written document read back with commonmark-java as GitHub reads it: each top-level block
 * filed under the headings above it, tables as cell texts.
 */
final class ParsedDocument {

    /** A table as a reader sees it: header texts, alignments, body rows of cell texts. */
    record Table(List<String> header, List<TableCell.Alignment> alignments, List<List<String>> rows) {

        List<String> column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new AssertionError("no column '" + name + "' in " + header);
            }
            return rows.stream().map(row -> row.get(index)).toList();
        }

        TableCell.Alignment alignment(String name) {
            return alignments.get(header.indexOf(name));
        }

        /** The first row whose cells include one equal to {@code cell}. */
        List<String> rowWith(String cell) {
            return rows.stream().filter(row -> row.contains(cell)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row with a cell '" + cell + "' in " + rows));
        }

        String cell(List<String> row, String columnName) {
            return row.get(header.indexOf(columnName));
        }
    }

    /** One top-level block and the headings (levels 1 to 4) it stands under. */
    private record Block(List<String> path, Node node) {
    }

    private final List<Block> blocks = new ArrayList<>();

    ParsedDocument(String markdown) {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        String[] path = new String[5];
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                path[heading.getLevel()] = text(heading);
                for (int deeper = heading.getLevel() + 1; deeper < path.length; deeper++) {
                    path[deeper] = null;
                }
            }
            List<String> current = new ArrayList<>();
            for (int level = 2; level < path.length && path[level] != null; level++) {
                current.add(path[level]);
            }
            blocks.add(new Block(List.copyOf(current), node));
        }
    }

    /** The headings of a level, in order. */
    List<String> headings(int level) {
        return blocks.stream().filter(b -> b.node() instanceof Heading h && h.getLevel() == level)
                .map(b -> text(b.node())).toList();
    }

    /** The only table directly under the given headings (level 2 downwards). */
    Table table(String... headings) {
        List<Table> tables = blocks.stream()
                .filter(b -> b.path().equals(List.of(headings)) && b.node() instanceof TableBlock)
                .map(b -> table((TableBlock) b.node())).toList();
        if (tables.size() != 1) {
            throw new AssertionError(tables.size() + " tables under " + List.of(headings));
        }
        return tables.get(0);
    }

    boolean hasTableUnder(String... headings) {
        return blocks.stream().anyMatch(b -> b.path().equals(List.of(headings)) && b.node() instanceof TableBlock);
    }

    /** The text of every non-table block under the given headings or deeper, one line per block. */
    String textUnder(String... headings) {
        StringBuilder all = new StringBuilder();
        for (Block block : blocks) {
            boolean under = block.path().size() >= headings.length
                    && block.path().subList(0, headings.length).equals(List.of(headings));
            if (under && !(block.node() instanceof TableBlock) && !(block.node() instanceof Heading)) {
                all.append(text(block.node())).append('\n');
            }
        }
        return all.toString();
    }

    private static Table table(TableBlock block) {
        List<String> header = new ArrayList<>();
        List<TableCell.Alignment> alignments = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow row) {
                    List<String> cells = new ArrayList<>();
                    boolean isHeader = false;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        TableCell tableCell = (TableCell) cell;
                        isHeader = tableCell.isHeader();
                        cells.add(text(tableCell));
                        if (isHeader) {
                            alignments.add(tableCell.getAlignment());
                        }
                    }
                    if (isHeader) {
                        header.addAll(cells);
                    } else {
                        rows.add(cells);
                    }
                    return;
                }
                visitChildren(node);
            }
        });
        return new Table(header, alignments, rows);
    }

    /** The literal text a reader sees; list items on their own lines. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(ListItem item) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                visitChildren(item);
            }
        });
        return text.toString().strip();
    }
}
