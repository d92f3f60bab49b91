package org.podium.exporters.pdf.internal;

import com.lowagie.text.Font;
import java.awt.Color;

/** Sizes, colours and fonts of one bulletin, in one place so that every block agrees. */
final class Style {

    static final float MARGIN_SIDE = 40f;
    static final float MARGIN_TOP = 96f;
    static final float MARGIN_BOTTOM = 50f;

    static final float TABLE_SIZE = 8.5f;
    /** A cell's text may shrink to this to stay on one line, and no further. */
    static final float MIN_TABLE_SIZE = 5.5f;
    static final float CELL_PADDING = 3f;

    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    static final Color RULE = new Color(0x9a, 0xa0, 0xa6);
    static final Color HEADER_FILL = new Color(0x1f, 0x3a, 0x5f);
    static final Color STRIPE_FILL = new Color(0xf1, 0xf3, 0xf5);
    static final Color ALERT = new Color(0xc6, 0x28, 0x28);

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
