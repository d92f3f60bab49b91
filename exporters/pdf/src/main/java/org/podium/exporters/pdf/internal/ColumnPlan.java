package org.podium.exporters.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths for a table that may have more columns than the page comfortably holds (a
 * classification with class, laps, grid and points beside the times).
 *
 * <p>Numbers and times are <em>fixed</em> columns: each has a comfortable width and the width its
 * widest cell needs. Texts are <em>flexible</em> columns with the width they need on one line,
 * and the crew column comes first among them. When everything fits, fixed columns keep their
 * comfortable width and the flexible ones share the rest in proportion to need, as
 * {@link TableKit#widths(float, float[])} does. When it does not: no text column asks for more
 * than a share of the page ({@link #CREW_SHARE} for the crew, {@link #TEXT_SHARE} for each other
 * text), so that one long name or entrant cannot take the others' room (its cells wrap instead, as
 * {@link TableKit} sets every cell); fixed columns give up their spare room, down to what their
 * cells need; then the crew keeps what its names need (a name that wrapped would no longer read as
 * one) and the other texts are set smaller, down to {@link Style#MIN_TABLE_SIZE}; then numbers and
 * times are set smaller too. Only a table wider than that squeezes the crew, and wraps the texts.
 */
final class ColumnPlan {

    /** A cell's padding and border, which {@link TableKit#naturalWidth} counts in a need. */
    private static final float PADDING = 2 * Style.CELL_PADDING + 1f;
    /** The most of a crowded table's width the crew's names may ask for. */
    static final float CREW_SHARE = 0.40f;
    /** The most of a crowded table's width any other text column may ask for. */
    static final float TEXT_SHARE = 0.25f;

    private record Column(boolean fixed, float comfortable, float needed, boolean first) {
    }

    private final List<Column> columns = new ArrayList<>();

    /** A column of numbers or times: {@code comfortable} when there is room, at least {@code needed}. */
    ColumnPlan fixed(float comfortable, float needed) {
        columns.add(new Column(true, comfortable, Math.min(needed, comfortable), false));
        return this;
    }

    /** A column of numbers as wide as it needs. */
    ColumnPlan fixed(float needed) {
        return fixed(needed, needed);
    }

    /** A text column that needs {@code needed} on one line. */
    ColumnPlan flexible(float needed) {
        columns.add(new Column(false, needed, needed, false));
        return this;
    }

    /** The text column whose lines must stay whole first: the crew's names. */
    ColumnPlan flexibleFirst(float needed) {
        columns.add(new Column(false, needed, needed, true));
        return this;
    }

    float[] widths(float total) {
        List<Column> columns = capped(total);
        // Needs include each cell's padding, which does not shrink with the text: a share of a need
        // applies to its text, PADDING stays.
        float comfortable = 0f;
        float needed = 0f;
        float first = 0f;
        float others = 0f;
        int fixedCount = 0;
        int othersCount = 0;
        for (Column column : columns) {
            if (column.fixed()) {
                comfortable += column.comfortable();
                needed += column.needed();
                fixedCount++;
            } else if (column.first()) {
                first += column.needed();
            } else {
                others += column.needed();
                othersCount++;
            }
        }
        float texts = first + others;
        float smallest = Style.MIN_TABLE_SIZE / Style.TABLE_SIZE;
        float othersText = Math.max(0f, others - othersCount * PADDING);
        float fixedText = Math.max(0f, needed - fixedCount * PADDING);
        float othersSmallest = others - othersText * (1f - smallest);
        float fixedSmallest = needed - fixedText * (1f - smallest);
        // fixedShare: 1 comfortable, 0 needed, below 0 the text set smaller than needed (-0.2: 80%);
        // firstShare, othersShare: the share of their need (texts squeezed in proportion), or of
        // their text once the crew keeps its whole need.
        float fixedShare;
        float firstShare;
        float othersShare;
        boolean textShares = false;
        if (comfortable + texts <= total) {
            // Room for everything: the texts share what the fixed columns leave, in proportion.
            fixedShare = 1f;
            firstShare = texts <= 0f ? 1f : (total - comfortable) / texts;
            othersShare = firstShare;
        } else if (needed + texts <= total) {
            // The fixed columns give up the spare room the texts need, and every text reads whole.
            fixedShare = (total - texts - needed) / (comfortable - needed);
            firstShare = 1f;
            othersShare = 1f;
        } else if (needed + first + othersSmallest <= total) {
            // The crew keeps its names' width; the other texts are set smaller.
            fixedShare = 0f;
            firstShare = 1f;
            othersShare = othersText <= 0f ? 1f : (total - needed - first - othersCount * PADDING) / othersText;
            textShares = true;
        } else if (fixedSmallest + first + othersSmallest <= total) {
            // Numbers and times are set smaller too, but never a name.
            fixedShare = fixedText <= 0f ? 0f : -(needed - (total - first - othersSmallest)) / fixedText;
            firstShare = 1f;
            othersShare = smallest;
            textShares = true;
        } else {
            // Wider than anything a page holds: everything at its smallest, the crew with the rest.
            fixedShare = smallest - 1f;
            othersShare = smallest;
            textShares = true;
            firstShare = first <= 0f ? 1f : Math.max(0f, total - fixedSmallest - othersSmallest) / first;
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Column column = columns.get(i);
            if (column.fixed()) {
                widths[i] = fixedShare >= 0f
                        ? column.needed() + (column.comfortable() - column.needed()) * fixedShare
                        : column.needed() + Math.max(0f, column.needed() - PADDING) * fixedShare;
            } else if (column.first()) {
                widths[i] = column.needed() * firstShare;
            } else {
                widths[i] = textShares ? PADDING + Math.max(0f, column.needed() - PADDING) * othersShare
                        : column.needed() * othersShare;
            }
        }
        return widths;
    }

    /**
     * The columns as {@link #widths} plans them: as asked when all their needs fit, else with no
     * text asking for more than its share of {@code total}.
     */
    private List<Column> capped(float total) {
        float all = 0f;
        for (Column column : columns) {
            all += column.needed();
        }
        if (all <= total) {
            return columns;
        }
        List<Column> capped = new ArrayList<>(columns.size());
        for (Column column : columns) {
            float most = total * (column.first() ? CREW_SHARE : TEXT_SHARE);
            capped.add(column.fixed() || column.needed() <= most ? column
                    : new Column(false, most, most, column.first()));
        }
        return capped;
    }
}
