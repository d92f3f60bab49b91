package org.podium.exporters.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

class ExcelExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new ExcelExporter();
    }

    /** Every sheet's cells as a statistician sees them, a row a line: the issue-time contract compares them. */
    @Override
    public Optional<String> textOf(Path document) throws IOException {
        DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = Workbooks.read(document)) {
            for (Sheet sheet : workbook) {
                text.append("== ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(shown.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return Optional.of(text.toString());
    }
}
