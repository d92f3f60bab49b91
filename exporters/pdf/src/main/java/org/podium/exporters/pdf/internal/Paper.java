package org.podium.exporters.pdf.internal;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/** The paper sizes a bulletin is laid out for, always portrait. */
public enum Paper {
    A4("a4", PageSize.A4),
    LETTER("letter", PageSize.LETTER);

    private final String id;
    private final Rectangle size;

    Paper(String id, Rectangle size) {
        this.id = id;
        this.size = size;
    }

    /** The value of {@code -O pdf.paper} that names this paper. */
    public String id() {
        return id;
    }

    Rectangle size() {
        // A copy: OpenPDF's page-size constants are mutable and shared by every caller in the JVM.
        return new Rectangle(size.getWidth(), size.getHeight());
    }

    /**
     * The paper of a value of the {@code paper} option, which the host has checked already.
     *
     * @throws IllegalArgumentException for a value the option does not allow: a bug, not a user's error
     */
    public static Paper fromOption(String value) {
        for (Paper paper : values()) {
            if (paper.id.equals(value)) {
                return paper;
            }
        }
        throw new IllegalArgumentException("the host let through paper '" + value + "'");
    }
}
