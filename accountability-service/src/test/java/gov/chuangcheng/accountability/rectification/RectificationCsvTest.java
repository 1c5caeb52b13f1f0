package gov.chuangcheng.accountability.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.csv.CsvWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export's columns; how cells are quoted and guarded is {@code CsvWriterTest}'s (platform). */
class RectificationCsvTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Test
    void oneLinePerOrderWithChineseNamesAndDistrictTimes() {
        Failure failure = new Failure(
                new PointRef("p-1", "C-1", "农贸市场,东门", "MARKET", null, "CGJ", null),
                "S-1",
                null,
                Severity.SERIOUS,
                OrderSource.INSPECTION,
                "INS-1",
                null,
                List.of(),
                null,
                null);
        RectificationOrder o = RectificationOrder.open(
                "o-1",
                "ZG-2026-000007",
                failure,
                "区城管局",
                Instant.parse("2026-11-25T02:00:00Z"),
                Instant.parse("2026-11-26T09:30:00Z"));
        o.attachFinding(List.of(), false);
        o.climbTo(EscalationLevel.NOTICE);
        o.voidOrder("不属实", Instant.parse("2026-11-26T08:00:00Z"), WorkingCalendar.allDaysWorking(DISTRICT));
        String csv = RectificationCsv.of(List.of(o), DISTRICT);
        assertTrue(csv.startsWith(CsvWriter.BOM + "整改单号,"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(
                "ZG-2026-000007,C-1,\"农贸市场,东门\",S-1,,CGJ,区城管局,较重,督查发现,已销号,通报,否,否,2,"
                        + "2026-11-25 10:00,2026-11-26 17:30,,2026-11-26 16:00,经核实不属实,",
                lines[1]);
    }
}
