package org.podium.charts;

/**
 * The sizes of a chart on one medium: its words, and the height of each kind of chart (its width
 * is the room the document has). The PDF's are points on a page read at arm's length; an SVG's
 * are pixels on a screen, and its words' sizes whole numbers: a picture states each font's size,
 * and a whole number is stated exactly however a writer rounds it (Batik's generator, to the
 * hundredth), where a label measured at 7.5 and shown at 8 would run past its room.
 *
 * @param tick            axis tick labels and the bars' counts
 * @param axis            axis titles
 * @param legend          the legend's crew names
 * @param legendRoom      the room after each name of the legend: an SVG's reader who has neither
 *                        Liberation Sans nor Arial sees the names in a substitute about a tenth
 *                        wider (DejaVu Sans, often), which would run off the picture's edge
 * @param positionsHeight the height of the positions chart
 * @param gapsHeight      the height of the gaps chart
 * @param winsBase        the height of a wins chart without bars: its axis and paddings
 * @param winsPerMake     the height each make's bar adds
 */
public record ChartSizes(float tick, float axis, float legend, float legendRoom, float positionsHeight,
        float gapsHeight, float winsBase, float winsPerMake) {

    /** The PDF bulletin's, in points, for the width of an A4 or Letter page inside its margins. */
    public static final ChartSizes PRINT = new ChartSizes(7f, 7.5f, 7.5f, 2f, 250f, 220f, 46f, 17f);

    /**
     * An SVG picture's, in pixels, for a width of about 720: the PDF's chart as a screen shows a
     * page at about one and a half times, its words a little larger still.
     */
    public static final ChartSizes SCREEN = new ChartSizes(11f, 12f, 12f, 18f, 360f, 320f, 70f, 26f);

    /** The height of a chart of this kind; a wins chart's from the number of makes it has bars for. */
    public float height(ChartKind kind, int makes) {
        return switch (kind) {
            case POSITIONS -> positionsHeight;
            case GAPS -> gapsHeight;
            case WINS -> winsHeight(makes);
        };
    }

    /** Room for the bars of {@code makes} makes, about. */
    public float winsHeight(int makes) {
        return winsBase + winsPerMake * makes;
    }
}
