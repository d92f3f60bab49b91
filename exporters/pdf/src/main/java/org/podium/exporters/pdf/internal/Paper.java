package org.podium.exporters.pdf.internal;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.util.Locale;
import org.podium.spi.ExportException;

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

    public String id() {
        return id;
    }

    Rectangle size() {
        // A copy: OpenPDF's page-size constants are mutable and shared by every caller in the JVM.
        return new Rectangle(size.getWidth(), size.getHeight());
    }

    /** The paper an option value names, without regard to case. */
    public static Paper fromOption(String value) throws ExportException {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Paper paper : values()) {
            if (paper.id.equals(wanted)) {
                return paper;
            }
        }
        throw new ExportException("unknown paper '" + value + "' for -O pdf.paper: use a4 or letter");
    }
}
