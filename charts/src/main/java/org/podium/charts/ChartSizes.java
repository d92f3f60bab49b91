package org.podium.charts;

/**
 * The sizes of a chart's words and bars on one medium: the PDF's are points on a page read at arm's
 * length; an SVG's are pixels on a screen, and whole numbers, because an SVG writer states a
 * font's size in whole pixels (JFreeSVG writes {@link java.awt.Font#getSize()}), and a label
 * measured at 7.5 and shown at 8 would run past its room.
 *
 * @param tick        axis tick labels and the bars' counts
 * @param axis        axis titles
 * @param legend      the legend's crew names
 * @param winsBase    the height of a wins chart without bars: its axis and paddings
 * @param winsPerMake the height each make's bar adds
 */
public record ChartSizes(float tick, float axis, float legend, float winsBase, float winsPerMake) {

    /** The PDF bulletin's, in points. */
    public static final ChartSizes PRINT = new ChartSizes(7f, 7.5f, 7.5f, 46f, 17f);

    /** An SVG picture's, in pixels: the PDF's as a screen shows a page at about one and a half times. */
    public static final ChartSizes SCREEN = new ChartSizes(11f, 12f, 12f, 70f, 26f);

    /** Room for the bars of {@code makes} makes, about. */
    public float winsHeight(int makes) {
        return winsBase + winsPerMake * makes;
    }
}
