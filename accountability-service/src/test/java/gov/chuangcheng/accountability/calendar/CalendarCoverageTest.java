package gov.chuangcheng.accountability.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The current year always, the next one from December on. */
class CalendarCoverageTest {

    @Test
    void theCurrentYearIsEnoughUntilNovember() {
        CalendarCoverage c = CalendarCoverage.of(Set.of(2026), LocalDate.of(2026, 11, 30));
        assertTrue(c.sufficient());
        assertNull(c.advice());
    }

    @Test
    void fromDecemberTheNextYearIsDue() {
        CalendarCoverage c = CalendarCoverage.of(Set.of(2026), LocalDate.of(2026, 12, 1));
        assertFalse(c.sufficient());
        assertEquals(2027, c.nextYear());
        assertTrue(c.advice().startsWith("未导入2027年工作日历"), c.advice());
        assertTrue(CalendarCoverage.of(Set.of(2026, 2027), LocalDate.of(2026, 12, 1))
                .sufficient());
    }

    @Test
    void aMissingCurrentYearIsReportedFirst() {
        CalendarCoverage c =
                CalendarCoverage.of(Set.of(2027), LocalDate.of(2027, 3, 1).minusMonths(12));
        assertFalse(c.sufficient());
        assertTrue(c.advice().startsWith("未导入2026年工作日历"), c.advice());
    }
}
