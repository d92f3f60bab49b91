package org.podium.importers.csv.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * A CSV text read into records, each with its physical line number. Headers are kept as a plain
 * row (never as Commons CSV's header map, where {@code Nat, Nat} would collapse into one column).
 */
public final class CsvGrid {

    private final ImmutableList<SheetRow> rows;

    private CsvGrid(ImmutableList<SheetRow> rows) {
        this.rows = rows;
    }

    /**
     * Reads {@code text} (BOM already removed) as records separated by {@code delimiter}.
     *
     * @param firstLine the physical line number of the text's first line in its file (1 when the
     *                  text is the whole file, more when comment lines came before it)
     * @throws CsvSyntaxException when the quoting is broken (an unclosed quote)
     */
    public static CsvGrid parse(String text, char delimiter, int firstLine) throws CsvSyntaxException {
        return parse(text, 0, delimiter, firstLine);
    }

    /**
     * Reads the records of {@code text} from {@code from} on (the table of a file whose comment lines
     * come first), without copying it out of the text.
     *
     * <p>Equal fields are kept once: a timing sheet repeats its stage, category, crew, make and
     * entrant on every row, and most times recur, so a million-row sheet's cells fit in a fraction
     * of the memory a string per cell would take.
     */
    public static CsvGrid parse(String text, int from, char delimiter, int firstLine) throws CsvSyntaxException {
        int[] lineStarts = lineStarts(text, from);
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setRecordSeparator("\n")
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        MutableList<SheetRow> rows = Lists.mutable.empty();
        Map<String, String> kept = new HashMap<>();
        try (StringReader reader = new StringReader(text);
                CSVParser parser = CSVParser.parse(skipped(reader, from), format)) {
            for (CSVRecord record : parser) {
                int start = firstContentAt(text, from + (int) record.getCharacterPosition()) - from;
                String[] cells = record.values();
                for (int i = 0; i < cells.length; i++) {
                    String cell = kept.putIfAbsent(cells[i], cells[i]);
                    if (cell != null) {
                        cells[i] = cell;
                    }
                }
                rows.add(new SheetRow(lineOf(lineStarts, start) + firstLine - 1, Lists.immutable.with(cells)));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            int line = lineStarts.length + firstLine - 1;
            throw new CsvSyntaxException(rows.isEmpty() ? firstLine : rows.getLast().line(), line, rootMessage(e));
        } catch (IOException e) {
            throw new CsvSyntaxException(firstLine, firstLine, rootMessage(e));
        }
        return new CsvGrid(rows.toImmutable());
    }

    public ImmutableList<SheetRow> rows() {
        return rows;
    }

    private static StringReader skipped(StringReader reader, int count) throws IOException {
        reader.skip(count);
        return reader;
    }

    /** Commons CSV reports a record's position before the blank lines it skipped: move past them. */
    private static int firstContentAt(String text, int position) {
        int at = position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** Where each line starts, counted from {@code from}. */
    private static int[] lineStarts(String text, int from) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1 - from;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** 1-based line holding the character at {@code position}. */
    private static int lineOf(int[] lineStarts, int position) {
        int found = Arrays.binarySearch(lineStarts, position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static String rootMessage(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
