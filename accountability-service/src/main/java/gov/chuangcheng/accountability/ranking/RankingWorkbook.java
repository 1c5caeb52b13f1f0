package gov.chuangcheng.accountability.ranking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ranking as an Excel workbook (.xlsx) people open without fixing columns: a title naming the period, the
 * {@link RankingColumns} headers frozen above the rows, numbers as numbers and rates as percentages (so they sort and
 * sum), every column wide enough for its header and its widest cell.
 */
final class RankingWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RankingWorkbook() {}

    static byte[] of(RankingReport report) {
        List<RankingColumns.Column> columns = RankingColumns.of(report.previousFrom() != null);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考核排名");
            Styles styles = new Styles(workbook);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue("考核排名（" + report.written() + "）");
            title.setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            Row header = sheet.createRow(1);
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                widths[c] = width(columns.get(c).header());
            }
            int r = 2;
            for (RankingRow row : report.units()) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    RankingColumns.Cell value = columns.get(c).cell().apply(row);
                    write(line.createCell(c), value, styles);
                    widths[c] = Math.max(widths[c], width(value.text()));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the ranking workbook could not be written", e);
        }
    }

    private static void write(Cell cell, RankingColumns.Cell value, Styles styles) {
        if (value instanceof RankingColumns.Number n && n.value() != null) {
            cell.setCellValue(n.value().doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value instanceof RankingColumns.Percent p) {
            cell.setCellValue(p.fraction().doubleValue());
            cell.setCellStyle(styles.percent);
        } else {
            cell.setCellValue(value.text());
        }
    }

    /** Characters as Excel counts column width: a Chinese character takes two. */
    static int width(String text) {
        return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle number;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = workbook.createCellStyle();
            header.setFont(bold);
            number = workbook.createCellStyle();
            // General: 98.5 and 100 read as written, without a trailing point
            number.setDataFormat((short) 0);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }
    }
}
