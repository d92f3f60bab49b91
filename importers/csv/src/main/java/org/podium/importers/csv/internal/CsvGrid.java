package org.podium.importers.csv.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setRecordSeparator("\n")
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        MutableList<SheetRow> rows = Lists.mutable.empty();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int start = firstContentAt(text, (int) record.getCharacterPosition());
                rows.add(new SheetRow(lineOf(lineStarts, start) + firstLine - 1, Lists.immutable.ofAll(record.toList())));
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

    /** Commons CSV reports a record's position before the blank lines it skipped: move past them. */
    private static int firstContentAt(String text, int position) {
        int at = position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
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
