package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.rectification.OrderSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RectificationCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("plain", RectificationCsv.cell("plain"));
        assertEquals("\"a,b\"", RectificationCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RectificationCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", RectificationCsv.cell("two\nlines"));
        assertEquals("'=HYPERLINK(1)", RectificationCsv.cell("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(A1,B1)\"", RectificationCsv.cell("=SUM(A1,B1)"));
        assertEquals("'-1", RectificationCsv.cell("-1"));
    }

    @Test
    void oneLinePerOrderWithChineseNamesAndDistrictTimes() {
        RectificationOrder o = new RectificationOrder();
        o.number = "ZG-2026-000007";
        o.pointCode = "C-1";
        o.pointName = "农贸市场,东门";
        o.standardCode = "S-1";
        o.unitCode = "CGJ";
        o.unitName = "区城管局";
        o.severity = Severity.SERIOUS;
        o.source = OrderSource.INSPECTION;
        o.status = RectificationStatus.CLOSED;
        o.level = EscalationLevel.NOTICE;
        o.failures = 2;
        o.openedAt = Instant.parse("2026-11-25T02:00:00Z");
        o.deadline = Instant.parse("2026-11-26T09:30:00Z");
        o.closedAt = Instant.parse("2026-11-26T08:00:00Z");
        o.onTime = true;
        String csv = RectificationCsv.of(List.of(o));
        assertTrue(csv.startsWith(RectificationCsv.BOM + "整改单号,"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals("ZG-2026-000007,C-1,\"农贸市场,东门\",S-1,,CGJ,区城管局,较重,督查发现,已销号,通报,否,否,2,"
                + "2026-11-25 10:00,2026-11-26 17:30,,2026-11-26 16:00,是", lines[1]);
    }
}
