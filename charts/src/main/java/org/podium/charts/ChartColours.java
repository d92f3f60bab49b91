package org.podium.charts;

import java.awt.Color;

/**
 * The colours of the race charts, which are also the PDF bulletin's own (its text, rules, table
 * headers and alerts take them from here): a chart looks like part of the document it sits in,
 * whichever document that is, and a colour changed here changes everywhere at once.
 */
public final class ChartColours {

    /** Text: labels, counts, the legend. */
    public static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    /** Text that explains rather than states: axis titles. */
    public static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    /** Axis lines and tick marks. */
    public static final Color RULE = new Color(0x9a, 0xa0, 0xa6);
    /** Grid lines, lighter than the rules so that the lines stand out. */
    public static final Color GRID = new Color(0xdd, 0xdf, 0xe2);
    /** The stage wins' bars; the bulletin's headings and table headers. */
    public static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);
    /** The leader's line; the bulletin's alerts (an unofficial or provisional status). */
    public static final Color LEADER = new Color(0xc6, 0x28, 0x28);

    /** The other crews' lines: colours told apart in print and by most colour-blind readers. */
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xb2), new Color(0xe6, 0x9f, 0x00), new Color(0x00, 0x9e, 0x73),
        new Color(0xcc, 0x79, 0xa7), new Color(0x56, 0xb4, 0xe9), new Color(0x8c, 0x56, 0x4b),
        new Color(0x7f, 0x7f, 0x7f), new Color(0xbc, 0xbd, 0x22), new Color(0x17, 0xbe, 0xcf),
        new Color(0x1a, 0x1a, 0x1a), new Color(0x9a, 0x6f, 0xd0),
    };

    private ChartColours() {
    }

    /** The line colour of the crew at this index of a chart: the palette's, round again past its end. */
    public static Color line(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
