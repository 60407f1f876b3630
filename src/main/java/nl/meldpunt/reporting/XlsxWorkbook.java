package nl.meldpunt.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Spreadsheet (XLSX, Apache POI, streaming so 100,000 rows stay small in memory). Counts are numeric cells, so
 * they can be summed; "&lt;5" and all other text are text cells (never formulas, so no formula injection).
 */
final class XlsxWorkbook {

    /** One sheet: a bold header row and the rows (Number → numeric cell, anything else → text, null → empty). */
    record Sheet(String name, List<String> header, List<List<Object>> rows) {}

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxWorkbook() {}

    static byte[] of(List<Sheet> sheets) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            for (Sheet s : sheets) {
                SXSSFSheet sheet = wb.createSheet(s.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < s.header().size(); i++) {
                    var cell = header.createCell(i);
                    cell.setCellValue(s.header().get(i));
                    cell.setCellStyle(head);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : s.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(i).setCellValue(String.valueOf(v));
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // temporary files are already removed by dispose()
            }
        }
    }
}
