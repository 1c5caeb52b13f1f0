package gov.chuangcheng.task.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EVALUATION = LocalDate.of(2026, 12, 7);
    private static final List<Countdown.PhaseSpan> PHASES = List.of(
            new Countdown.PhaseSpan("集中攻坚", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)),
            new Countdown.PhaseSpan("迎检冲刺", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6)));

    @Test
    void countsCalendarAndWorkingDaysAndFindsThePhase() {
        WorkingCalendar calendar = WorkingCalendar.standard(
                SHANGHAI, Set.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)), Set.of());
        Countdown c = Countdown.of("创城", "届中测评", EVALUATION, LocalDate.of(2026, 11, 25), calendar, PHASES);
        assertEquals(12, c.calendarDaysLeft());
        // Wed 25 – Fri 27 (3) + Mon 30 Nov – Fri 4 Dec (5) − the two holidays = 6
        assertEquals(6, c.workingDaysLeft());
        assertEquals("集中攻坚", c.currentPhase());
        assertEquals(
                "迎检冲刺",
                Countdown.of("创城", "届中测评", EVALUATION, LocalDate.of(2026, 12, 3), calendar, PHASES)
                        .currentPhase());
    }

    @Test
    void isZeroOnAndAfterTheDay() {
        WorkingCalendar calendar = WorkingCalendar.standard(SHANGHAI, Set.of(), Set.of());
        Countdown after = Countdown.of("创城", "届中测评", EVALUATION, LocalDate.of(2026, 12, 9), calendar, PHASES);
        assertEquals(0, after.calendarDaysLeft());
        assertEquals(0, after.workingDaysLeft());
        assertNull(after.currentPhase());
    }
}
