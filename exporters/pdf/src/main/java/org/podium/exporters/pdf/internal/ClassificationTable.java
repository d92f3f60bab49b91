package org.podium.exporters.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.EventIndex;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.report.Labels;

/**
 * One classification as a table: position, race number, crew (one person a line, each with the
 * nationality code), make, entrant, class, class position, laps, time (or the status and why the
 * crew stopped), gap to the leader ({@code +1 lap} for a crew laps behind), gap to the class
 * leader, penalty, grid and points, each optional column only when some row has it; then the
 * lines that qualify it (ties, a source's top N, derived times).
 */
final class ClassificationTable {

    /** Rows handed to OpenPDF at a time, so a long classification never sits whole in memory. */
    private static final int ROWS_PER_FLUSH = 100;

    private static final String DERIVED_MARKER = "*";
    private static final String TIE_MARKER = "=";

    private static final float POSITION_WIDTH = 30f;
    private static final float NUMBER_WIDTH = 30f;
    private static final float TIME_WIDTH = 56f;
    private static final float GAP_WIDTH = 54f;
    private static final float PENALTY_WIDTH = 44f;

    private static final float LEGEND_LEADING = 10f;

    /** Three crew lines and padding: a part starting with less room than this would break at once. */
    private static final float LARGEST_ROW = 44f;

    private final Style style;
    private final PdfWriter writer;
    private final TableKit kit;
    private final Labels labels;
    private final EventIndex index;

    ClassificationTable(Style style, PdfWriter writer, TableKit kit, Labels labels, EventIndex index) {
        this.style = style;
        this.writer = writer;
        this.kit = kit;
        this.labels = labels;
        this.index = index;
    }

    void add(Document document, Classification classification, float totalWidth) throws DocumentException {
        layOut(document, classification, totalWidth);
    }

    /**
     * The height the table and the lines under it take on the page, so that a caller can keep it
     * with its heading and what follows it; -1 for a table long enough to be laid out in parts,
     * which runs over pages anyway.
     */
    float height(Classification classification, float totalWidth) {
        if (classification.rows().size() >= ROWS_PER_FLUSH) {
            return -1f;
        }
        try {
            return layOut(null, classification, totalWidth);
        } catch (DocumentException e) {
            throw new IllegalStateException("measuring a table adds nothing to a document", e);
        }
    }

    /** Adds the table to {@code document}; with null, only builds it and returns its height (else -1). */
    private float layOut(Document document, Classification classification, float totalWidth) throws DocumentException {
        Columns shown = new Columns(classification);
        boolean anyDerived = classification.rows().anySatisfy(row -> row.time() != null && row.timeDerived());
        Map<Integer, Integer> sharedPositions = sharedPositions(classification);

        float crewWidth = 0f;
        float makeWidth = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.make")));
        float entrantWidth = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.entrant")));
        float classWidth = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.class")));
        float positionWidth = headerWidth("col.pos");
        float numberWidth = headerWidth("col.number");
        float timeWidth = headerWidth("col.time");
        float gapWidth = headerWidth("col.gap");
        float classGapWidth = headerWidth("col.classGap");
        float penaltyWidth = headerWidth("col.penalty");
        for (ClassificationRow row : classification.rows()) {
            for (TableKit.Line line : crewLines(row)) {
                crewWidth = Math.max(crewWidth, kit.naturalWidth(style.fonts.regular, line));
            }
            makeWidth = Math.max(makeWidth, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(make(row))));
            if (shown.entrant && entrant(row) != null) {
                entrantWidth = Math.max(entrantWidth, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(entrant(row))));
            }
            if (shown.vehicleClass) {
                classWidth = Math.max(classWidth, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(vehicleClass(row))));
            }
            positionWidth = Math.max(positionWidth, kit.naturalWidth(style.fonts.bold,
                    TableKit.Line.of(position(row, sharedPositions))));
            numberWidth = Math.max(numberWidth, width(number(row)));
            // A status may take the gap's cell too (see spansGap): only a time sets what the time
            // column needs, or a status when the gap's cell is taken.
            if (row.time() != null || row.status() == ResultStatus.CLASSIFIED || !gap(row).isEmpty()) {
                timeWidth = Math.max(timeWidth, width(timeText(row)));
            }
            gapWidth = Math.max(gapWidth, width(gap(row)));
            classGapWidth = Math.max(classGapWidth, width(Labels.gap(row.details().classGap())));
            penaltyWidth = Math.max(penaltyWidth, width(row.penalty() == null ? "" : Labels.time(row.penalty())));
        }

        ColumnPlan plan = new ColumnPlan().fixed(POSITION_WIDTH, positionWidth).fixed(NUMBER_WIDTH, numberWidth)
                .flexibleFirst(crewWidth).flexible(makeWidth);
        if (shown.entrant) {
            plan.flexible(entrantWidth);
        }
        if (shown.vehicleClass) {
            plan.flexible(classWidth);
        }
        if (shown.classPosition) {
            plan.fixed(numberWidth("col.classPos", classification, row -> row.details().classPosition()));
        }
        if (shown.laps) {
            plan.fixed(numberWidth("col.laps", classification, row -> row.details().laps()));
        }
        plan.fixed(TIME_WIDTH, timeWidth);
        plan.fixed(GAP_WIDTH, gapWidth);
        if (shown.classGap) {
            plan.fixed(GAP_WIDTH, classGapWidth);
        }
        if (shown.penalty) {
            plan.fixed(PENALTY_WIDTH, penaltyWidth);
        }
        if (shown.grid) {
            plan.fixed(numberWidth("col.grid", classification, row -> row.details().grid()));
        }
        if (shown.points) {
            float pointsWidth = headerWidth("col.points");
            for (ClassificationRow row : classification.rows()) {
                pointsWidth = Math.max(pointsWidth, width(points(row)));
            }
            plan.fixed(pointsWidth);
        }
        float[] widths = plan.widths(totalWidth);
        int timeColumn = 4 + (shown.entrant ? 1 : 0) + (shown.vehicleClass ? 1 : 0) + (shown.classPosition ? 1 : 0)
                + (shown.laps ? 1 : 0);

        PdfPTable table = kit.table(widths, totalWidth);
        int column = 0;
        table.addCell(kit.header(labels.text("col.pos"), widths[column++], Element.ALIGN_RIGHT));
        table.addCell(kit.header(labels.text("col.number"), widths[column++], Element.ALIGN_RIGHT));
        table.addCell(kit.header(labels.text("col.crew"), widths[column++], Element.ALIGN_LEFT));
        table.addCell(kit.header(labels.text("col.make"), widths[column++], Element.ALIGN_LEFT));
        if (shown.entrant) {
            table.addCell(kit.header(labels.text("col.entrant"), widths[column++], Element.ALIGN_LEFT));
        }
        if (shown.vehicleClass) {
            table.addCell(kit.header(labels.text("col.class"), widths[column++], Element.ALIGN_LEFT));
        }
        if (shown.classPosition) {
            table.addCell(kit.header(labels.text("col.classPos"), widths[column++], Element.ALIGN_RIGHT));
        }
        if (shown.laps) {
            table.addCell(kit.header(labels.text("col.laps"), widths[column++], Element.ALIGN_RIGHT));
        }
        table.addCell(kit.header(labels.text("col.time"), widths[column++], Element.ALIGN_RIGHT));
        table.addCell(kit.header(labels.text("col.gap"), widths[column++], Element.ALIGN_RIGHT));
        if (shown.classGap) {
            table.addCell(kit.header(labels.text("col.classGap"), widths[column++], Element.ALIGN_RIGHT));
        }
        if (shown.penalty) {
            table.addCell(kit.header(labels.text("col.penalty"), widths[column++], Element.ALIGN_RIGHT));
        }
        if (shown.grid) {
            table.addCell(kit.header(labels.text("col.grid"), widths[column++], Element.ALIGN_RIGHT));
        }
        if (shown.points) {
            table.addCell(kit.header(labels.text("col.points"), widths[column], Element.ALIGN_RIGHT));
        }
        // Whole rows are handed over in batches: the table is large, and OpenPDF lays out what it has.
        table.setComplete(false);

        float markerWidth = style.fonts.regular.getWidthPoint(DERIVED_MARKER, Style.TABLE_SIZE);
        int index = 0;
        for (ClassificationRow row : classification.rows()) {
            Color fill = index % 2 == 1 ? Style.STRIPE_FILL : null;
            column = 0;
            RowDetails details = row.details();
            TableRow cells = kit.row(fill);
            cells.text(position(row, sharedPositions), true, false, widths[column++], Element.ALIGN_RIGHT);
            cells.text(number(row), false, false, widths[column++], Element.ALIGN_RIGHT);
            cells.lines(crewLines(row), widths[column++]);
            cells.text(make(row), false, false, widths[column++], Element.ALIGN_LEFT);
            if (shown.entrant) {
                String entrant = entrant(row);
                cells.text(entrant == null ? "" : entrant, false, true, widths[column++], Element.ALIGN_LEFT);
            }
            if (shown.vehicleClass) {
                cells.text(vehicleClass(row), false, false, widths[column++], Element.ALIGN_LEFT);
            }
            if (shown.classPosition) {
                cells.text(whole(details.classPosition()), false, false, widths[column++], Element.ALIGN_RIGHT);
            }
            if (shown.laps) {
                cells.text(whole(details.laps()), false, false, widths[column++], Element.ALIGN_RIGHT);
            }
            if (spansGap(row, widths[timeColumn])) {
                cells.across(timeText(row), widths[column] + widths[column + 1], 2);
                column += 2;
            } else {
                timeCell(cells, row, widths[column++], anyDerived, markerWidth);
                cells.text(gap(row), false, false, widths[column++], Element.ALIGN_RIGHT);
            }
            if (shown.classGap) {
                cells.text(Labels.gap(details.classGap()), false, false, widths[column++], Element.ALIGN_RIGHT);
            }
            if (shown.penalty) {
                String penalty = row.penalty() == null ? "" : Labels.time(row.penalty());
                cells.text(penalty, false, false, widths[column++], Element.ALIGN_RIGHT);
            }
            if (shown.grid) {
                cells.text(whole(details.grid()), false, false, widths[column++], Element.ALIGN_RIGHT);
            }
            if (shown.points) {
                cells.text(points(row), false, false, widths[column], Element.ALIGN_RIGHT);
            }
            cells.addTo(table);
            index++;
            if (document != null && index % ROWS_PER_FLUSH == 0) {
                addPart(document, table, index == ROWS_PER_FLUSH);
            }
        }
        table.setComplete(true);
        int legends = (anyDerived ? 1 : 0) + (sharedPositions.isEmpty() ? 0 : 1) + (classification.complete() ? 0 : 1);
        if (document == null) {
            return table.spacingBefore() + table.getTotalHeight() + table.spacingAfter() + legends * LEGEND_LEADING;
        }
        addPart(document, table, index <= ROWS_PER_FLUSH);

        if (anyDerived) {
            legend(document, labels.text("note.derived"));
        }
        if (!sharedPositions.isEmpty()) {
            legend(document, labels.text("note.tie", "1" + TIE_MARKER));
        }
        if (!classification.complete()) {
            legend(document, labels.incomplete(classification));
        }
        return -1f;
    }

    /**
     * Hands rows to OpenPDF. After the first part it skips the header on the part's first page, as a
     * continuation usually goes on mid-page; a part that starts a page gets the header row.
     */
    private void addPart(Document document, PdfPTable table, boolean first) throws DocumentException {
        if (!first) {
            float position = writer.getVerticalPosition(false);
            if (position - document.bottom() < LARGEST_ROW) {
                document.newPage();
                table.setSkipFirstHeader(false);
            } else if (position >= document.top() - 1f) {
                // The previous part filled its page exactly: this one opens the next page.
                table.setSkipFirstHeader(false);
            }
        }
        document.add(table);
    }

    private void timeCell(TableRow cells, ClassificationRow row, float width, boolean anyDerived, float markerWidth) {
        boolean statusInstead = row.time() == null && row.status() != ResultStatus.CLASSIFIED;
        boolean derived = row.time() != null && row.timeDerived();
        // Keeps the digits of every row in one column whether or not a marker follows them.
        float extraRight = anyDerived && !derived && !statusInstead ? markerWidth : 0f;
        cells.text(timeText(row), statusInstead, width, extraRight);
    }

    /**
     * Retired, disqualified…: the word stands where the time would, with the source's reason
     * beside it ({@code Retired (Accident)}). A classified row without a time prints the dash
     * instead, never the word "Classified"; a reason given for a classified row follows its time.
     */
    private String timeText(ClassificationRow row) {
        String reason = row.details().statusReason();
        String text;
        if (row.time() == null && row.status() != ResultStatus.CLASSIFIED) {
            text = labels.result(row.status());
        } else {
            boolean derived = row.time() != null && row.timeDerived();
            text = Labels.time(row.time()) + (derived ? DERIVED_MARKER : "");
        }
        return reason == null ? text : labels.text("result.withReason", text, reason);
    }

    /** The gap to the leader; for a crew classified laps behind, {@code +1 lap}. */
    private String gap(ClassificationRow row) {
        Integer behind = row.details().lapsBehind();
        if (behind != null && behind > 0) {
            return labels.count("gap.laps", behind);
        }
        return Labels.gap(row.gap());
    }

    /**
     * Whether the row's status, and its reason ({@code Retired (Accident)}), take the time and the
     * gap cells together: only when they are too wide for the time's and the row has no gap.
     */
    private boolean spansGap(ClassificationRow row, float timeWidth) {
        return row.time() == null && row.status() != ResultStatus.CLASSIFIED && gap(row).isEmpty()
                && width(timeText(row)) > timeWidth;
    }

    /** The width a text needs at the table size. */
    private float width(String text) {
        return kit.naturalWidth(style.fonts.regular, TableKit.Line.of(text));
    }

    private float headerWidth(String key) {
        return kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text(key)));
    }

    /** A narrow column of whole numbers: as wide as its header or its widest value. */
    private float numberWidth(String header, Classification classification,
            Function<ClassificationRow, Integer> value) {
        float width = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text(header)));
        for (ClassificationRow row : classification.rows()) {
            width = Math.max(width, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(whole(value.apply(row)))));
        }
        return width;
    }

    private static String whole(Integer value) {
        return value == null ? "" : Integer.toString(value);
    }

    private static String points(ClassificationRow row) {
        return row.details().points() == null ? "" : row.details().points().toPlainString();
    }

    private String vehicleClass(ClassificationRow row) {
        Entry entry = index.entry(row.entryId()).orElse(null);
        return entry == null || entry.vehicleClass() == null ? "" : entry.vehicleClass();
    }

    /** Which optional columns a classification shows: only those some row has a value for. */
    private final class Columns {
        final boolean entrant;
        final boolean penalty;
        final boolean vehicleClass;
        final boolean classPosition;
        final boolean classGap;
        final boolean laps;
        final boolean grid;
        final boolean points;

        Columns(Classification classification) {
            ImmutableList<ClassificationRow> rows = classification.rows();
            entrant = rows.anySatisfy(row -> entrant(row) != null);
            penalty = rows.anySatisfy(row -> row.penalty() != null);
            vehicleClass = rows.anySatisfy(row -> !vehicleClass(row).isEmpty());
            classPosition = rows.anySatisfy(row -> row.details().classPosition() != null);
            classGap = rows.anySatisfy(row -> row.details().classGap() != null);
            laps = rows.anySatisfy(row -> row.details().laps() != null);
            grid = rows.anySatisfy(row -> row.details().grid() != null);
            points = rows.anySatisfy(row -> row.details().points() != null);
        }
    }

    private void legend(Document document, String text) throws DocumentException {
        Paragraph paragraph = new Paragraph(new Chunk(text, new Font(style.fonts.regular, 7.5f, Font.NORMAL, Style.MUTED)));
        paragraph.setLeading(LEGEND_LEADING);
        document.add(paragraph);
    }

    /** Positions held by more than one row, each mapped to how many share it. */
    private static Map<Integer, Integer> sharedPositions(Classification classification) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ClassificationRow row : classification.rows()) {
            if (row.position() != null) {
                counts.merge(row.position(), 1, Integer::sum);
            }
        }
        counts.values().removeIf(count -> count < 2);
        return counts;
    }

    private static String position(ClassificationRow row, Map<Integer, Integer> sharedPositions) {
        if (row.position() == null) {
            return "";
        }
        String position = Integer.toString(row.position());
        return sharedPositions.containsKey(row.position()) ? position + TIE_MARKER : position;
    }

    private String number(ClassificationRow row) {
        Entry entry = index.entry(row.entryId()).orElse(null);
        return entry == null || entry.number() == null ? "" : Integer.toString(entry.number());
    }

    private List<TableKit.Line> crewLines(ClassificationRow row) {
        Entry entry = index.entry(row.entryId()).orElse(null);
        if (entry == null) {
            // Printing the id keeps the row visible; dropping it would hide what the source said.
            return List.of(TableKit.Line.of(row.entryId()));
        }
        List<TableKit.Line> lines = new ArrayList<>(entry.crew().size());
        for (Person person : entry.crew()) {
            lines.add(new TableKit.Line(person.name(), person.nationality()));
        }
        return lines;
    }

    private String make(ClassificationRow row) {
        if (row.make() != null) {
            return row.make();
        }
        Entry entry = index.entry(row.entryId()).orElse(null);
        return entry == null || entry.make() == null ? "" : entry.make();
    }

    private String entrant(ClassificationRow row) {
        Entry entry = index.entry(row.entryId()).orElse(null);
        return entry == null ? null : entry.entrant();
    }
}
