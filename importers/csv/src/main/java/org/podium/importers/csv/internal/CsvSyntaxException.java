package org.podium.importers.csv.internal;

/** The CSV text cannot be split into records: a quote opened and never closed. */
public final class CsvSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int lastGoodLine;

    public CsvSyntaxException(int lastGoodLine, int failingLine, String detail) {
        super("the CSV quoting is broken after line " + lastGoodLine + " (read up to line " + failingLine
                + "): a quote opened and not closed? " + detail);
        this.lastGoodLine = lastGoodLine;
    }

    /** The line of the last record read whole. */
    public int lastGoodLine() {
        return lastGoodLine;
    }
}
