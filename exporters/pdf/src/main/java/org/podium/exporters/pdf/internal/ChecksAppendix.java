package org.podium.exporters.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.SourcePosition;
import org.podium.report.Labels;

/**
 * The appendix that ends a bulletin written with checks: a summary, then the contradictions, the
 * differences the source's notes explain, and what the source does not give enough to verify.
 * Each finding is one block (category, stage, table, expected and found value, then its sentence,
 * the note that explains it and where the source gives the values) that never breaks across pages.
 */
final class ChecksAppendix {

    static final String ANCHOR = "checks";

    private static final float STAGE_WIDTH = 40f;
    private static final float TIME_WIDTH = 62f;
    /** A section heading, the table header and one two-line finding: less room than this starts a page. */
    private static final float SECTION_START = 90f;

    private final EventIndex index;
    private final Document document;
    private final PdfWriter writer;
    private final Style style;
    private final TableKit kit;
    private final Labels labels;

    ChecksAppendix(EventIndex index, Document document, PdfWriter writer, Style style, TableKit kit, Labels labels) {
        this.index = index;
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.kit = kit;
        this.labels = labels;
    }

    /** Writes the findings the bulletin shows ({@code Report.bulletinFindings()}), in the checks' order. */
    void write(ImmutableList<Finding> findings) throws DocumentException {
        String title = labels.text("title.checks");
        document.add(BulletinDocument.heading(title, style.sectionHeading, ANCHOR, 6f));
        PdfOutline outline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(ANCHOR, false), title);
        document.add(new Paragraph(12f, summary(findings), style.body));
        section(outline, findings, FindingSeverity.CONTRADICTION, "heading.contradictions");
        section(outline, findings, FindingSeverity.EXPLAINED, "heading.explained");
        section(outline, findings, FindingSeverity.INFO, "heading.info");
    }

    private String summary(ImmutableList<Finding> findings) {
        if (findings.isEmpty()) {
            return labels.text("checks.none");
        }
        return labels.text("checks.summary",
                labels.count("checks.contradictions", findings.count(f -> f.severity() == FindingSeverity.CONTRADICTION)),
                labels.count("checks.explained", findings.count(f -> f.severity() == FindingSeverity.EXPLAINED)),
                labels.count("checks.info", findings.count(f -> f.severity() == FindingSeverity.INFO)));
    }

    private void section(PdfOutline outline, ImmutableList<Finding> findings, FindingSeverity severity, String headingKey)
            throws DocumentException {
        ImmutableList<Finding> some = findings.select(f -> f.severity() == severity);
        if (some.isEmpty()) {
            return;
        }
        if (writer.getVerticalPosition(false) - document.bottom() < SECTION_START) {
            document.newPage();
        }
        String anchor = ANCHOR + "-" + severity.id();
        String heading = labels.text(headingKey);
        document.add(BulletinDocument.heading(heading, style.stageHeading, anchor, 12f));
        new PdfOutline(outline, PdfAction.gotoLocalPage(anchor, false), heading);

        float total = document.right() - document.left();
        float[] widths = widths(some, total);
        // One column of whole blocks: a finding's row and its sentence stay on the same page, and
        // the header, a block itself, repeats on each page the section runs onto.
        PdfPTable table = kit.table(new float[] {total}, total);
        table.addCell(block(headerBlock(widths, total)));
        int index = 0;
        for (Finding finding : some) {
            table.addCell(block(findingBlock(finding, widths, total, index++ % 2 == 1 ? Style.STRIPE_FILL : null)));
        }
        document.add(table);
    }

    /**
     * The category takes the width its longest name needs (within a third of the line), the table
     * name the rest: spread over both, "Cars" and its stage number would sit far apart.
     */
    private float[] widths(ImmutableList<Finding> findings, float total) {
        float category = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.category")));
        for (Finding finding : findings) {
            category = Math.max(category, kit.naturalWidth(style.fonts.bold, TableKit.Line.of(category(finding))));
        }
        category = Math.min(category + 6f, total / 3f);
        return TableKit.widths(total, new float[] {category, STAGE_WIDTH, -1f, TIME_WIDTH, TIME_WIDTH});
    }

    private PdfPTable headerBlock(float[] widths, float total) {
        PdfPTable header = inner(widths, total);
        header.addCell(kit.header(labels.text("col.category"), widths[0], Element.ALIGN_LEFT));
        header.addCell(kit.header(labels.text("col.stage"), widths[1], Element.ALIGN_RIGHT));
        header.addCell(kit.header(labels.text("col.table"), widths[2], Element.ALIGN_LEFT));
        header.addCell(kit.header(labels.text("col.expected"), widths[3], Element.ALIGN_RIGHT));
        header.addCell(kit.header(labels.text("col.found"), widths[4], Element.ALIGN_RIGHT));
        return header;
    }

    private PdfPTable findingBlock(Finding finding, float[] widths, float total, Color fill) {
        PdfPTable block = inner(widths, total);
        block.addCell(meta(kit.text(category(finding), true, false, fill, widths[0], Element.ALIGN_LEFT)));
        block.addCell(meta(kit.text(orDash(finding.stageLabel()), false, false, fill, widths[1], Element.ALIGN_RIGHT)));
        block.addCell(meta(kit.text(table(finding), false, false, fill, widths[2], Element.ALIGN_LEFT)));
        block.addCell(meta(kit.text(orDash(finding.expected()), false, false, fill, widths[3], Element.ALIGN_RIGHT)));
        block.addCell(meta(kit.text(orDash(finding.found()), false, false, fill, widths[4], Element.ALIGN_RIGHT)));

        // The sentence wraps: unlike a name in a classification, it is read, not scanned down a column.
        Phrase text = new Phrase();
        text.add(new Chunk(finding.message(), style.table(Style.TABLE_SIZE)));
        String note = noteText(finding);
        if (note != null) {
            text.add(Chunk.NEWLINE);
            text.add(new Chunk(labels.text("checks.note", note), style.tableMuted(Style.TABLE_SIZE)));
        }
        String where = finding.sources().select(SourcePosition::isKnown).collect(SourcePosition::describe)
                .distinct().makeString(", ");
        if (!where.isEmpty()) {
            text.add(Chunk.NEWLINE);
            text.add(new Chunk(labels.text("checks.where", where), style.small));
        }
        PdfPCell sentence = new PdfPCell(text);
        // A cell ignores its phrase's leading; lines of a wrapped sentence need air to be read.
        sentence.setLeading(0f, 1.3f);
        sentence.setUseAscender(true);
        sentence.setColspan(widths.length);
        sentence.setPaddingLeft(Style.CELL_PADDING + 8f);
        sentence.setPaddingRight(Style.CELL_PADDING);
        sentence.setPaddingTop(2f);
        sentence.setPaddingBottom(Style.CELL_PADDING + 2f);
        sentence.setBorder(Rectangle.BOTTOM);
        sentence.setBorderColor(Style.RULE);
        sentence.setBorderWidth(0.5f);
        if (fill != null) {
            sentence.setBackgroundColor(fill);
        }
        block.addCell(sentence);
        return block;
    }

    /**
     * The note's own words when the report holds it; otherwise a reference to it, so the reader can
     * still look for it in the source.
     */
    private String noteText(Finding finding) {
        if (finding.noteId() == null) {
            return null;
        }
        return index.note(finding.noteId()).map(Note::text).orElse(labels.text("checks.noteRef", finding.noteId()));
    }

    private String category(Finding finding) {
        if (finding.categoryId() == null) {
            return labels.text("checks.event");
        }
        return index.categoryName(finding.categoryId());
    }

    /** The checked table in the bulletin's language; an id no label knows prints as it is. */
    private String table(Finding finding) {
        return switch (finding.classification()) {
            case "stage", "general", "final", "itinerary" -> labels.text("table." + finding.classification());
            default -> finding.classification();
        };
    }

    private static String orDash(String value) {
        return value == null ? Labels.UNKNOWN : value;
    }

    private static PdfPTable inner(float[] widths, float total) {
        PdfPTable table = new PdfPTable(widths.length);
        try {
            table.setTotalWidth(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException("one width per column", e);
        }
        table.setTotalWidth(total);
        table.setLockedWidth(true);
        return table;
    }

    /** The row above a finding's sentence: no rule between the two, they read as one. */
    private static PdfPCell meta(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(2f);
        return cell;
    }

    private static PdfPCell block(PdfPTable inner) {
        PdfPCell cell = new PdfPCell(inner);
        cell.setPadding(0f);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
