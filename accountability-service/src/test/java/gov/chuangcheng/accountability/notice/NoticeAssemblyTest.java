package gov.chuangcheng.accountability.notice;

import static gov.chuangcheng.accountability.notice.EscalationStoryTest.WEEK;
import static gov.chuangcheng.accountability.notice.EscalationStoryTest.opened;
import static gov.chuangcheng.accountability.notice.EscalationStoryTest.t;
import static gov.chuangcheng.accountability.notice.EscalationStoryTest.up;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.accountability.ledger.PeriodEntry;
import gov.chuangcheng.accountability.notice.NoticeContent.DeductionItem;
import gov.chuangcheng.accountability.notice.NoticeContent.UnitSection;
import gov.chuangcheng.accountability.ranking.RankingRow;
import gov.chuangcheng.accountability.rectification.EscalatedOrders.EscalatedOrder;
import gov.chuangcheng.accountability.rectification.EscalatedOrders.HistoryLine;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.rectification.EscalationReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a 通报 says about a week: the orders that reached 通报 or above, every deduction, the units' figures. */
class NoticeAssemblyTest {

    static EscalatedOrder order(String number, String unit, String unitName, boolean voided, HistoryLine... lines) {
        return new EscalatedOrder(
                "id-" + number, number, unit, unitName, "点位" + number, "问题" + number, voided, List.of(lines));
    }

    static PeriodEntry entry(
            String id, String unit, String points, EscalationLevel level, String at, boolean reversed) {
        return new PeriodEntry(
                id,
                unit,
                null,
                "扣分" + id,
                new BigDecimal(points),
                level == null ? "MEDIA_EXPOSURE" : "ESCALATION",
                level,
                null,
                t(at),
                null,
                reversed);
    }

    static RankingRow row(String unit, int rank, long onTime, long due, String value, String period, String total) {
        return new RankingRow(
                rank,
                null,
                null,
                unit,
                "x",
                new BigDecimal(period),
                null,
                null,
                new BigDecimal(total),
                0,
                new Rate(onTime, due, value == null ? null : new BigDecimal(value)),
                new Rate(0, 0, null),
                0,
                null,
                new Rate(0, 0, null),
                0);
    }

    static final HistoryLine[] OVERDUE_TO_TALK = {
        opened("2026-11-30T09:00"),
        up("2026-12-01T09:00", EscalationLevel.REMINDER, EscalationReason.DUE_SOON),
        up("2026-12-02T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
        up("2026-12-03T09:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE),
        up("2026-12-05T09:00", EscalationLevel.TALK, EscalationReason.OVERDUE)
    };

    NoticeContent assemble(List<EscalatedOrder> orders, List<PeriodEntry> entries, Map<String, RankingRow> rows) {
        return NoticeAssembly.assemble(WEEK, orders, entries, rows, 28, "区创城办");
    }

    @Test
    void everyDeductionOfThePeriodIsListedTalksTooAndReversedOnesMarkedNotCounted() {
        NoticeContent c = assemble(
                List.of(order("ZG-1", "CGJ", "区城管局", false, OVERDUE_TO_TALK)),
                List.of(
                        entry("e1", "CGJ", "0", EscalationLevel.REMINDER, "2026-12-01T09:00", false),
                        entry("e2", "CGJ", "-1", EscalationLevel.SUPERVISION, "2026-12-02T09:00", false),
                        entry("e3", "CGJ", "-2", EscalationLevel.NOTICE, "2026-12-03T09:00", false),
                        entry("e4", "CGJ", "-5", EscalationLevel.TALK, "2026-12-05T09:00", false),
                        entry("e5", "CGJ", "-3", null, "2026-12-04T09:00", true),
                        entry("bonus", "CGJ", "2", null, "2026-12-04T10:00", false),
                        entry("other", "SCJGJ", "-9", null, "2026-12-04T10:00", false),
                        entry("before", "CGJ", "-4", null, "2026-11-29T23:59", false),
                        entry("after", "CGJ", "-4", null, "2026-12-07T00:00", false)),
                Map.of());
        UnitSection u = c.units().get(0);
        assertEquals(
                List.of("e2", "e3", "e4", "e5"),
                u.deductions().stream().map(DeductionItem::entryId).toList(),
                "every deduction of the unit in the week, 约谈 included, nothing before 00:00 or from 24:00 on");
        assertTrue(u.deductions().get(3).reversed());
        assertEquals(0, new BigDecimal("-8").compareTo(u.deducted()), "the reversed −3 is not counted");
        assertEquals(EscalationLevel.TALK, u.orders().get(0).level());
        assertEquals(
                "12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报，12月5日升级为约谈",
                u.orders().get(0).escalation());
    }

    @Test
    void unitsByNameNumberedMostDeductedFirstWithTheirFigures() {
        NoticeContent c = assemble(
                List.of(
                        order(
                                "ZG-2",
                                "SCJGJ",
                                "区市场监管局",
                                false,
                                up("2026-12-02T09:00", EscalationLevel.NOTICE, EscalationReason.RELAPSE)),
                        order("ZG-1", "CGJ", "区城管局", false, OVERDUE_TO_TALK),
                        order(
                                "ZG-3",
                                "CGJ",
                                "区城管局",
                                false,
                                up("2026-12-04T09:00", EscalationLevel.NOTICE, EscalationReason.MANUAL, "领导批示"))),
                List.of(
                        entry("a", "CGJ", "-7", EscalationLevel.TALK, "2026-12-05T09:00", false),
                        entry("b", "SCJGJ", "-2", EscalationLevel.NOTICE, "2026-12-02T09:00", false)),
                Map.of(
                        "CGJ",
                        row("CGJ", 5, 6, 8, "0.7500", "-7", "93"),
                        "SCJGJ",
                        row("SCJGJ", 3, 1, 2, null, "-2", "98")));
        assertEquals(
                List.of("区城管局", "区市场监管局"),
                c.units().stream().map(UnitSection::unitName).toList());
        assertEquals(
                List.of("一", "二"), c.units().stream().map(UnitSection::ordinal).toList());
        assertEquals(3, c.orders());
        assertEquals(
                List.of("ZG-1", "ZG-3"),
                c.units().get(0).orders().stream()
                        .map(NoticeContent.OrderItem::number)
                        .toList());
        assertEquals("12月4日经领导批示升级为通报", c.units().get(0).orders().get(1).escalation());
        assertEquals("点位ZG-1", c.units().get(0).orders().get(0).pointName());
        assertEquals("问题ZG-1", c.units().get(0).orders().get(0).problem());
        NoticeContent.Figures f = c.units().get(0).figures();
        assertEquals(6L, f.onTimeNumerator());
        assertEquals(8L, f.onTimeDenominator());
        assertEquals(5, f.rank());
        assertEquals(28, f.ranked());
        assertEquals("本期按期整改率75.00%（6/8），本期得分−7分，累计得分93分，在28个单位中排名第5。", NoticeHtml.figures(f));
        assertEquals(
                "本期按期整改率样本不足（1/2），本期得分−2分，累计得分98分，在28个单位中排名第3。",
                NoticeHtml.figures(c.units().get(1).figures()));
    }

    @Test
    void voidedOrdersAndOrdersOutsideThePeriodAreLeftOut() {
        NoticeContent c = assemble(
                List.of(
                        order("ZG-1", "CGJ", "区城管局", true, OVERDUE_TO_TALK),
                        order(
                                "ZG-2",
                                "SCJGJ",
                                "区市场监管局",
                                false,
                                up("2026-12-07T00:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE))),
                List.of(),
                Map.of());
        assertTrue(c.units().isEmpty());
        assertEquals("2026年11月30日至12月6日，无升级为通报及以上的整改单。", NoticeTexts.summary(c));
    }

    @Test
    void theDeductionsReadWithoutStraySpaces() {
        NoticeContent c = assemble(
                List.of(order("ZG-1", "CGJ", "区城管局", false, OVERDUE_TO_TALK)),
                List.of(
                        entry("e3", "CGJ", "-2.00", EscalationLevel.NOTICE, "2026-12-03T09:00", false),
                        entry("e4", "CGJ", "-0.50", null, "2026-12-05T09:00", true)),
                Map.of());
        String text = NoticeHtml.deductions(c.units().get(0));
        assertEquals("本期扣分：12月3日，扣分e3，扣2分；12月5日，扣分e4，扣0.5分（已撤销，不计入合计）。合计扣2分。", text);
        assertFalse(text.contains(" "), text);
        assertEquals("2026年11月30日至12月6日，共1个单位的1件整改单升级为通报及以上，具体情况如下：", NoticeTexts.summary(c));
    }

    @Test
    void ordinalsAsTheDocumentWritesThem() {
        assertEquals("一", NoticeAssembly.ordinal(1));
        assertEquals("十", NoticeAssembly.ordinal(10));
        assertEquals("十一", NoticeAssembly.ordinal(11));
        assertEquals("二十", NoticeAssembly.ordinal(20));
        assertEquals("二十三", NoticeAssembly.ordinal(23));
    }
}
