package org.podium.exporters.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF as PDFBox, an independent reader, sees it. */
final class ReadBack {

    private ReadBack() {
    }

    static PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    /** The text of each page, lines in reading order. */
    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument document = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    static String text(Path pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    /** The lines of the document's text. */
    static List<String> lines(Path pdf) throws IOException {
        return List.of(text(pdf).split("\n"));
    }
}
