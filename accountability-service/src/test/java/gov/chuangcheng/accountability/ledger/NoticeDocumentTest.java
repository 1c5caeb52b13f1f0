package gov.chuangcheng.accountability.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeDocumentTest {

    private static LedgerEntry entry(String unit, String name, String reason) {
        LedgerEntry e = new LedgerEntry();
        e.unitCode = unit;
        e.unitName = name;
        e.reason = reason;
        e.points = new BigDecimal("-2.00");
        e.level = EscalationLevel.NOTICE;
        return e;
    }

    @Test
    void groupsByUnitAndCountsOrders() {
        String text = NoticeDocument.render(
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(
                        entry("CGJ", "区城管局", "整改单 ZG-2026-000001 通报（逾期未整改）"),
                        entry("CGJ", "区城管局", "整改单 ZG-2026-000002 通报（复查未通过）"),
                        entry("JD01", "城关街道", "整改单 ZG-2026-000003 通报（逾期未整改）")),
                LocalDate.of(2026, 12, 1));
        assertTrue(text.contains("共2个单位、3件"), text);
        assertTrue(
                text.contains("一、区城管局（CGJ）：2件\n    1. 整改单 ZG-2026-000001 通报（逾期未整改），扣2分\n"
                        + "    2. 整改单 ZG-2026-000002 通报（复查未通过），扣2分\n"),
                text);
        assertTrue(text.contains("二、城关街道（JD01）：1件"), text);
        assertTrue(text.endsWith("区创城办\n2026-12-01\n"), text);
    }

    @Test
    void saysSoWhenThereIsNothingToNotice() {
        String text = NoticeDocument.render(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), List.of(), LocalDate.of(2026, 12, 1));
        assertTrue(text.contains("无升级为通报的整改单"), text);
    }
}
