package gov.chuangcheng.accountability.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 退单: the window after the unit got the order, one dispute per unit, two per order, the second decision final. */
class DisputeRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CALENDAR =
            WorkingCalendar.standard(SHANGHAI, Set.of(LocalDate.of(2026, 12, 7)), Set.of());
    private static final DisputeRule RULE = new DisputeRule(Duration.ofHours(2), 1);

    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 12, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    private static Optional<String> refusal(List<String> earlier, Instant now, Severity severity, Instant assignedAt) {
        return RULE.refusal("ZG-2026-000001", "CGJ", earlier, now, severity, assignedAt, CALENDAR);
    }

    @Test
    void aCriticalOrderIsDisputedWithinTwoOfficeHoursOthersWithinOneWorkingDay() {
        Instant got = at(3, 16, 30); // Thursday, an hour before the end of office
        Instant critical = RULE.closesAt(Severity.CRITICAL, got, CALENDAR);
        assertEquals(CALENDAR.plusOfficeTime(got, Duration.ofHours(2)), critical);
        assertTrue(critical.isAfter(at(4, 8, 0)), "office hours only: the second hour is on Friday morning");
        assertEquals(CALENDAR.deadlineAfterWorkingDays(got, 1), RULE.closesAt(Severity.GENERAL, got, CALENDAR));

        assertTrue(refusal(List.of(), critical, Severity.CRITICAL, got).isEmpty());
        Optional<String> late = refusal(List.of(), critical.plusSeconds(60), Severity.CRITICAL, got);
        assertTrue(late.orElseThrow().contains("2个工作小时"), late.get());
        assertTrue(refusal(List.of(), critical.plusSeconds(60), Severity.GENERAL, got)
                .isEmpty());
    }

    @Test
    void theWindowOfAUnitTheOrderWasReassignedToCountsFromTheReassignment() {
        Instant reassigned = at(8, 10, 0); // after the first unit's window closed long ago
        assertTrue(refusal(List.of("SCJGJ"), at(8, 15, 0), Severity.GENERAL, reassigned)
                .isEmpty());
        assertFalse(refusal(List.of("SCJGJ"), at(10, 9, 0), Severity.GENERAL, reassigned)
                .isEmpty());
    }

    @Test
    void eachUnitDisputesOnceAndAnOrderTwiceWhoseSecondDecisionIsFinal() {
        Instant got = at(3, 9, 0);
        Optional<String> again = refusal(List.of("CGJ"), at(3, 10, 0), Severity.GENERAL, got);
        assertTrue(again.orElseThrow().contains("已对整改单ZG-2026-000001退单一次"), again.get());
        Optional<String> third = refusal(List.of("SCJGJ", "ZJJ"), at(3, 10, 0), Severity.GENERAL, got);
        assertTrue(third.orElseThrow().contains("最终结果"), third.get());

        assertFalse(RULE.finalDecision(1), "the first unit's dispute leaves the new unit one of its own");
        assertTrue(RULE.finalDecision(2));
    }
}
