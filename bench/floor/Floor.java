import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The libraries' own floor for issue 12's cold-start target: the least a JVM program does to write
 * a small workbook with POI and a small PDF with OpenPDF (one table of 60 rows each, Liberation
 * Sans embedded as Podium's bulletins embed it). Podium converting the bundled article to every
 * format cannot start faster than this; bench/compare.sh times both.
 *
 * <p>Compiled and run against podium.jar's class path (which holds POI, OpenPDF and the fonts):
 * {@code javac -cp app/target/podium.jar -d bench/target/floor bench/floor/Floor.java}, then
 * {@code java -cp app/target/podium.jar:bench/target/floor Floor OUT_DIR}.
 */
public final class Floor {

    private static final int ROWS = 60;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "floor-out");
        Files.createDirectories(out);
        writeWorkbook(out.resolve("floor.xlsx"));
        writePdf(out.resolve("floor.pdf"));
    }

    private static void writeWorkbook(Path file) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Stage 1");
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("Crew " + (r + 1));
                row.createCell(2).setCellValue((3 * 3600 + r * 37) / 86400.0);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writePdf(Path file) throws Exception {
        byte[] bytes;
        try (InputStream in = Floor.class.getClassLoader().getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
            bytes = in.readAllBytes();
        }
        BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                bytes, null);
        Font font = new Font(base, 9);
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Stage 1", font));
            PdfPTable table = new PdfPTable(3);
            for (int r = 0; r < ROWS; r++) {
                table.addCell(new Phrase(String.valueOf(r + 1), font));
                table.addCell(new Phrase("Crew " + (r + 1), font));
                table.addCell(new Phrase("3:" + (10 + r % 50) + ":00", font));
            }
            document.add(table);
            document.close();
        }
    }
}
