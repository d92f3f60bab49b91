package org.podium.exporters.pdf.internal;

import com.lowagie.text.Font;
import java.awt.Color;
import org.podium.charts.ChartColours;

/** Sizes, colours and fonts of one bulletin, in one place so that every block agrees. */
final class Style {

    static final float MARGIN_SIDE = 40f;
    static final float MARGIN_TOP = 96f;
    static final float MARGIN_BOTTOM = 50f;

    static final float TABLE_SIZE = 8.5f;
    /** A cell's text may shrink to this to stay on one line, and no further. */
    static final float MIN_TABLE_SIZE = 5.5f;
    static final float CELL_PADDING = 3f;

    // The charts' colours, so that a chart looks like part of the bulletin it is drawn in.
    static final Color INK = ChartColours.INK;
    static final Color MUTED = ChartColours.MUTED;
    static final Color RULE = ChartColours.RULE;
    static final Color HEADER_FILL = ChartColours.ACCENT;
    static final Color STRIPE_FILL = new Color(0xf1, 0xf3, 0xf5);
    static final Color ALERT = ChartColours.LEADER;

    final BulletinFonts fonts;
    final Font body;
    final Font bodyMuted;
    final Font small;
    final Font sectionHeading;
    final Font stageHeading;
    final Font tableHeading;
    final Font tableHeader;

    Style(BulletinFonts fonts) {
        this.fonts = fonts;
        this.body = new Font(fonts.regular, 9f, Font.NORMAL, INK);
        this.bodyMuted = new Font(fonts.regular, 8.5f, Font.NORMAL, MUTED);
        this.small = new Font(fonts.regular, 7.5f, Font.NORMAL, MUTED);
        this.sectionHeading = new Font(fonts.bold, 15f, Font.NORMAL, HEADER_FILL);
        this.stageHeading = new Font(fonts.bold, 12f, Font.NORMAL, INK);
        this.tableHeading = new Font(fonts.bold, 9.5f, Font.NORMAL, INK);
        this.tableHeader = new Font(fonts.bold, 8f, Font.NORMAL, Color.WHITE);
    }

    Font table(float size) {
        return new Font(fonts.regular, size, Font.NORMAL, INK);
    }

    Font tableBold(float size) {
        return new Font(fonts.bold, size, Font.NORMAL, INK);
    }

    Font tableMuted(float size) {
        return new Font(fonts.regular, size, Font.NORMAL, MUTED);
    }
}
