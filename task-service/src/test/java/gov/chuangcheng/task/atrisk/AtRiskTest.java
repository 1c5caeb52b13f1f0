package gov.chuangcheng.task.atrisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.task.dashboard.Readiness;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtRiskTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-12-15 00:00 district time */
    static final Instant EVALUATION = Instant.parse("2026-12-14T16:00:00Z");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Readiness.Standard field(String code, String fullMarks, long passing, long withResult) {
        return Readiness.Standard.counted(
                code,
                "标准" + code,
                "I1",
                d(fullMarks),
                AssessmentMethod.FIELD_INSPECTION,
                Rate.of(passing, withResult, 1));
    }

    private static AtRisk.OpenOrder order(String number, String standard, Instant deadline) {
        return new AtRisk.OpenOrder(
                "id-" + number,
                number,
                "P1",
                "城关农贸市场",
                standard,
                "标准" + standard,
                "CGJ",
                "城管局",
                deadline,
                EscalationLevel.REMINDER);
    }

    @Test
    void ordersDueAfterTheEvaluationDayAndWeakStandardsRankByMarksPerWorkingHour() {
        List<Readiness.Standard> standards = List.of(
                // 4 marks, 3 of 4 points pass: share 0.75 < 0.8, loses 1.00; fixing one point wins 4 ÷ 4 = 1.00
                field("S1", "4", 3, 4),
                // 10 marks, 9 of 10: share 0.9, not at risk itself; one point wins 10 ÷ 10 = 1.00
                field("S2", "10", 9, 10),
                // 6 marks, 1 of 3: share 0.3333, loses 4.00
                field("S3", "6", 1, 3),
                // no data: neither at risk as a standard nor a known gain for its orders
                field("S4", "5", 0, 0));
        List<AtRisk.OpenOrder> orders = List.of(
                order("ZG-1", "S1", Instant.parse("2026-12-15T09:30:00Z")), // 12月15日 17:30: after the day begins
                order("ZG-2", "S2", Instant.parse("2026-12-10T09:30:00Z")), // due before: not at risk
                order("ZG-3", "S2", null), // suspended: no deadline
                order("ZG-4", "S4", Instant.parse("2026-12-20T09:30:00Z")),
                order("ZG-5", "S1", EVALUATION)); // due the moment the day begins: still in time

        List<AtRisk.Item> items = AtRisk.of(orders, standards, EVALUATION, d("20.00"), d("0.8"), ZONE);

        assertEquals(
                List.of("S3", "ZG-3", "ZG-1", "S1", "ZG-4"),
                items.stream()
                        .map(i ->
                                i.order() == null ? i.standardCode() : i.order().number())
                        .toList(),
                "most marks first; among equal marks orders before standards, the earlier deadline (none first) first;"
                        + " unknown marks last");
        AtRisk.Item s3 = items.get(0);
        assertEquals(AtRisk.Kind.STANDARD, s3.kind());
        assertEquals(d("4.00"), s3.marks());
        assertEquals(d("0.2000"), s3.marksPerWorkingHour(), "4 marks over 20 working hours");
        assertEquals(d("0.3333"), s3.share());
        assertEquals("得分率33.33%，低于80%", s3.reason());
        assertEquals("整改暂停中，测评前可能无法整改到位", items.get(1).reason());
        AtRisk.Item zg1 = items.get(2);
        assertEquals(d("1.00"), zg1.marks());
        assertEquals(d("0.0500"), zg1.marksPerWorkingHour());
        assertEquals("整改期限12月15日 17:30晚于测评日", zg1.reason());
        assertNull(items.get(4).marks());
        assertNull(items.get(4).marksPerWorkingHour());
    }

    @Test
    void noWorkingTimeLeftGivesNoRatePerHour() {
        List<AtRisk.Item> items =
                AtRisk.of(List.of(), List.of(field("S1", "4", 1, 4)), EVALUATION, d("0"), d("0.8"), ZONE);
        assertEquals(d("3.00"), items.get(0).marks());
        assertNull(items.get(0).marksPerWorkingHour());
        assertEquals(d("7.50"), AtRisk.hours(Duration.ofMinutes(450)));
    }
}
