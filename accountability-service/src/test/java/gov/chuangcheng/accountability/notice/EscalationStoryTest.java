package gov.chuangcheng.accountability.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.accountability.rectification.EscalatedOrders.HistoryLine;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.platform.period.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sentence of a 通报 that tells how an order escalated says what its history holds, and nothing more. */
class EscalationStoryTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Period WEEK = Period.week(LocalDate.of(2026, 12, 1), SHANGHAI); // 11月30日 to 12月6日

    static HistoryLine opened(String at) {
        return new HistoryLine(t(at), "OPENED", EscalationLevel.NONE, null, "巡查发现");
    }

    static HistoryLine up(String at, EscalationLevel level, EscalationReason reason) {
        return up(at, level, reason, null);
    }

    static HistoryLine up(String at, EscalationLevel level, EscalationReason reason, String comment) {
        return new HistoryLine(
                t(at),
                "ESCALATED",
                level,
                reason,
                "… → " + level.displayName() + "（" + reason.displayName() + "）"
                        + (comment == null ? "" : "：" + comment));
    }

    static HistoryLine failed(String at) {
        return new HistoryLine(t(at), "REINSPECTION_FAILED", EscalationLevel.SUPERVISION, null, "复查未通过");
    }

    /** A time in Shanghai, 2026-12-01T09:00 style. */
    static java.time.Instant t(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static String story(HistoryLine... lines) {
        return EscalationStory.of(List.of(lines), WEEK, "区创城办").orElseThrow();
    }

    @Test
    void reminderAndSupervisionOnTheirDaysThenOverdue() {
        assertEquals(
                "12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报",
                story(
                        opened("2026-11-30T09:00"),
                        up("2026-12-01T09:00", EscalationLevel.REMINDER, EscalationReason.DUE_SOON),
                        up("2026-12-02T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
                        up("2026-12-03T09:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE)));
    }

    @Test
    void stepsOfOneDayShareTheirDate() {
        assertEquals(
                "12月2日提醒、督办后逾期仍未整改，12月4日升级为通报",
                story(
                        up("2026-12-02T08:30", EscalationLevel.REMINDER, EscalationReason.DUE_SOON),
                        up("2026-12-02T17:30", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
                        up("2026-12-04T17:30", EscalationLevel.NOTICE, EscalationReason.OVERDUE)));
    }

    @Test
    void rungsClimbedAtOneInstantAreOneJumpNotAReminderAndASupervision() {
        String s = story(
                opened("2026-12-02T09:00"),
                up("2026-12-03T10:00", EscalationLevel.REMINDER, EscalationReason.MANUAL, "领导批示"),
                up("2026-12-03T10:00", EscalationLevel.SUPERVISION, EscalationReason.MANUAL, "领导批示"),
                up("2026-12-03T10:00", EscalationLevel.NOTICE, EscalationReason.MANUAL, "领导批示"));
        assertEquals("12月3日经领导批示直接升级为通报", s);
        assertFalse(s.contains("提醒"), s);
        assertFalse(s.contains("督办后"), s);
    }

    @Test
    void aRungByHandWithoutAnInstructionNamesTheOffice() {
        assertEquals(
                "12月1日提醒后，12月2日经区创城办研究直接升级为通报",
                story(
                        up("2026-12-01T09:00", EscalationLevel.REMINDER, EscalationReason.DUE_SOON),
                        up("2026-12-02T09:00", EscalationLevel.SUPERVISION, EscalationReason.MANUAL, "多次反映"),
                        up("2026-12-02T09:00", EscalationLevel.NOTICE, EscalationReason.MANUAL, "多次反映")));
    }

    @Test
    void aFailedVerificationIsTold() {
        assertEquals(
                "11月30日提醒、12月1日督办、12月2日复查未通过后逾期仍未整改，12月4日升级为通报",
                story(
                        up("2026-11-30T09:00", EscalationLevel.REMINDER, EscalationReason.DUE_SOON),
                        up("2026-12-01T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
                        failed("2026-12-02T15:00"),
                        up("2026-12-04T09:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE)));
    }

    @Test
    void aFailedVerificationThatEscalatedItself() {
        assertEquals(
                "12月1日督办后复查未通过，12月2日升级为通报",
                story(
                        up("2026-12-01T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
                        up("2026-12-02T09:00", EscalationLevel.NOTICE, EscalationReason.REINSPECTION_FAILED)));
    }

    @Test
    void aRelapse() {
        assertEquals(
                "销号后反弹，12月2日升级为通报",
                story(
                        opened("2026-12-02T09:00"),
                        up("2026-12-02T09:00", EscalationLevel.NOTICE, EscalationReason.RELAPSE)));
    }

    @Test
    void overdueWithNothingBeforeAndAJumpSaysSo() {
        assertEquals(
                "逾期未整改，12月3日直接升级为通报",
                story(
                        up("2026-12-03T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
                        up("2026-12-03T09:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE)));
    }

    @Test
    void laterRungsInThePeriodFollowAndRungsAfterItAreLeftOut() {
        assertEquals(
                "12月1日督办后逾期仍未整改，12月2日升级为通报，12月5日经领导批示升级为约谈",
                story(
                        up("2026-12-01T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE),
                        up("2026-12-02T09:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE),
                        up("2026-12-05T09:00", EscalationLevel.TALK, EscalationReason.MANUAL, "区领导批示"),
                        up("2026-12-07T00:00", EscalationLevel.ACCOUNTABILITY, EscalationReason.OVERDUE)));
    }

    @Test
    void anOrderThatReachedNoticeBeforeThePeriodIsToldByItsRungInThePeriod() {
        assertEquals(
                "11月20日通报后逾期仍未整改，12月1日升级为约谈",
                story(
                        up("2026-11-20T09:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE),
                        up("2026-12-01T09:00", EscalationLevel.TALK, EscalationReason.OVERDUE)));
    }

    @Test
    void periodBoundariesAreMidnightInTheDistrict() {
        // 11月29日 23:59 Shanghai is before the week; 12月7日 00:00 Shanghai is after it (both 16:00 UTC the day before)
        Optional<String> before = EscalationStory.of(
                List.of(up("2026-11-29T23:59", EscalationLevel.NOTICE, EscalationReason.OVERDUE)), WEEK, "区创城办");
        Optional<String> after = EscalationStory.of(
                List.of(up("2026-12-07T00:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE)), WEEK, "区创城办");
        Optional<String> first = EscalationStory.of(
                List.of(up("2026-11-30T00:00", EscalationLevel.NOTICE, EscalationReason.OVERDUE)), WEEK, "区创城办");
        Optional<String> last = EscalationStory.of(
                List.of(up("2026-12-06T23:59", EscalationLevel.NOTICE, EscalationReason.OVERDUE)), WEEK, "区创城办");
        assertTrue(before.isEmpty());
        assertTrue(after.isEmpty());
        assertEquals(Optional.of("逾期未整改，11月30日升级为通报"), first);
        assertEquals(Optional.of("逾期未整改，12月6日升级为通报"), last);
    }

    @Test
    void supervisionAloneIsNotANoticeRung() {
        assertTrue(EscalationStory.of(
                        List.of(up("2026-12-02T09:00", EscalationLevel.SUPERVISION, EscalationReason.OVERDUE)),
                        WEEK,
                        "区创城办")
                .isEmpty());
    }
}
