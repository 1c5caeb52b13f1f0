package gov.chuangcheng.accountability.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.assessment.Rate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Both exports write the same columns and cells; the workbook keeps numbers as numbers. */
class RankingExportTest {

    static RankingReport week() {
        RankingRow rated = new RankingRow(
                1,
                3,
                2,
                "CGJ",
                "区城管局",
                new BigDecimal("2.00"),
                new BigDecimal("-5.00"),
                new BigDecimal("7.00"),
                new BigDecimal("98.50"),
                2,
                new Rate(737, 972, new BigDecimal("0.7582")),
                new Rate(1, 6, new BigDecimal("0.1667")),
                6,
                new BigDecimal("7.5"),
                new Rate(1, 10, new BigDecimal("0.1000")),
                1);
        RankingRow few = new RankingRow(
                2,
                1,
                -1,
                "SCJGJ",
                "区市场监管局",
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("100.00"),
                0,
                new Rate(1, 2, null),
                new Rate(0, 0, null),
                1,
                null,
                new Rate(0, 1, null),
                0);
        return new RankingReport(
                "week",
                LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-06"),
                "Asia/Shanghai",
                "2026年11月30日至12月6日",
                LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-29"),
                RankBy.PERIOD_SCORE,
                5,
                OffsetDateTime.parse("2026-12-07T09:00:00+08:00"),
                List.of(rated, few));
    }

    @Test
    void theCsvGivesEveryRateBesideWhatItDivides() {
        List<String> lines = RankingCsv.of(week()).lines().toList();
        assertEquals(
                "\uFEFF排名,上期排名,排名变化,单位编码,单位名称,本期得分,上期得分,得分变化,考核得分（期末累计）,台账条目数,到期整改单数,按期整改数,"
                        + "按期整改率,复查整改单数,返工整改单数,返工率,销号整改单数,平均整改用时（工作小时）,收到整改单数,退单数,退单率,退单改派数",
                lines.get(0));
        assertEquals("1,3,↑2,CGJ,区城管局,2,-5,↑7,98.5,2,972,737,75.82%,6,1,16.67%,6,7.5,10,1,10.00%,1", lines.get(1));
        assertEquals("2,1,↓1,SCJGJ,区市场监管局,0,0,—,100,0,2,1,样本不足,0,0,样本不足,1,样本不足,1,0,样本不足,0", lines.get(2));
    }

    @Test
    void theCampaignHasNoPreviousPeriodColumns() {
        RankingReport w = week();
        RankingReport campaign = new RankingReport(
                "campaign",
                null,
                null,
                w.zone(),
                RankingService.CAMPAIGN,
                null,
                null,
                RankBy.CUMULATIVE_SCORE,
                5,
                w.asOf(),
                w.units());
        String header = RankingCsv.of(campaign).lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("\uFEFF排名,单位编码,单位名称,累计加减分,考核得分（期末累计）,"), header);
    }

    @Test
    void theWorkbookHasTheSameCellsWithNumbersAsNumbers() throws IOException {
        RankingReport report = week();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(RankingWorkbook.of(report)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("考核排名", sheet.getSheetName());
            assertEquals("考核排名（2026年11月30日至12月6日）", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> csv = RankingCsv.of(report).lines().toList();
            assertEquals(csv.get(0).substring(1), String.join(",", texts(sheet.getRow(1))));
            Row first = sheet.getRow(2);
            Cell rate = first.getCell(12);
            assertEquals(CellType.NUMERIC, rate.getCellType());
            assertEquals(0.7582, rate.getNumericCellValue(), 1e-9);
            assertEquals("0.00%", rate.getCellStyle().getDataFormatString());
            assertEquals(98.5, first.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals("样本不足", sheet.getRow(3).getCell(12).getStringCellValue());
            assertEquals("↓1", sheet.getRow(3).getCell(2).getStringCellValue());
            // wide enough for its header: four Chinese characters and more
            assertTrue(sheet.getColumnWidth(4) >= 10 * 256);
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
