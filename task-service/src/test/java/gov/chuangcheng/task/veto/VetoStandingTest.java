package gov.chuangcheng.task.veto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class VetoStandingTest {

    static VetoOccurrenceView occurrence(String id, String occurredAt, boolean withdrawn) {
        OffsetDateTime at = OffsetDateTime.parse(occurredAt);
        return new VetoOccurrenceView(
                id,
                "V-1",
                "重大安全事故",
                "取消参评资格",
                "火灾",
                "城关农贸市场",
                at,
                List.of(),
                "office1",
                at,
                withdrawn ? at.plusDays(1) : null,
                withdrawn ? "office1" : null,
                withdrawn ? "经核实不属实" : null);
    }

    @Test
    void oneStandingOccurrenceVetoesWhateverTheScore() {
        VetoStanding standing = VetoStanding.of(List.of(
                occurrence("a", "2026-11-01T09:00:00+08:00", false),
                occurrence("b", "2026-11-20T09:00:00+08:00", true),
                occurrence("c", "2026-11-10T09:00:00+08:00", false)));
        assertTrue(standing.vetoed());
        assertEquals(
                List.of("c", "a"),
                standing.occurrences().stream().map(VetoOccurrenceView::id).toList(),
                "standing ones only, latest first");
    }

    @Test
    void withdrawnOccurrencesVetoNothing() {
        VetoStanding standing = VetoStanding.of(List.of(occurrence("b", "2026-11-20T09:00:00+08:00", true)));
        assertFalse(standing.vetoed());
        assertTrue(standing.occurrences().isEmpty());
        assertFalse(VetoStanding.of(List.of()).vetoed());
    }
}
