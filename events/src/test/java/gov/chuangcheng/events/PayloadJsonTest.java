package gov.chuangcheng.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PayloadJsonTest {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void payloadRoundTripsThroughJsonWithIsoTimesAndEnumNames() throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        OrderRef order = new OrderRef(
                "o-1",
                "ZG-2026-000123",
                "p-1",
                "NM-001",
                "城关农贸市场",
                "S-3.2.1",
                "农贸市场公益广告",
                "CGJ",
                "区城管局",
                Severity.CRITICAL,
                at.plusDays(3),
                EscalationLevel.SUPERVISION);
        var event = new RectificationEscalated(
                order, EscalationLevel.REMINDER, EscalationLevel.SUPERVISION, EscalationReason.OVERDUE, at);

        String json = mapper.writeValueAsString(event);
        assertTrue(json.contains("\"level\":\"SUPERVISION\""), json);
        assertTrue(json.contains("\"at\":\"2026-11-25T09:30:00+08:00\""), json);
        assertEquals(event.order().episodeKey(), "p-1:S-3.2.1");
        var back = mapper.readValue(json, RectificationEscalated.class);
        assertEquals(event.level(), back.level());
        assertEquals(event.order().number(), back.order().number());
        assertEquals(event.at().toInstant(), back.at().toInstant());
    }

    @Test
    void recordsWithACompatibilityConstructorStillReadAndWriteEveryField() throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        OrderRef dispatched = new OrderRef(
                "o-1",
                "ZG-2026-000123",
                "p-1",
                "NM-001",
                "城关农贸市场",
                "S-3.2.1",
                "农贸市场公益广告",
                "JD-CG",
                "城关街道",
                Severity.GENERAL,
                at.plusDays(3),
                EscalationLevel.NONE,
                new Assignee("SQ-DM", "东门社区", "dm_handler"));
        var decided = new AppealDecided(
                dispatched,
                "a-1",
                AppealDecision.UPHELD,
                "扣分依据不足",
                new Deduction("e-1", "ESCALATION", new BigDecimal("-2")),
                new Deduction("e-2", "REVERSAL", new BigDecimal("2")),
                "office1",
                at);

        var back = mapper.readValue(mapper.writeValueAsString(decided), AppealDecided.class);
        assertEquals(decided.order().assignee(), back.order().assignee());
        assertEquals(decided.deduction(), back.deduction());
        assertEquals(decided.reversal(), back.reversal());
        assertEquals(decided.by(), back.by());

        String legacy = mapper.writeValueAsString(new RectificationAppealed(
                        new OrderRef(
                                "o-1",
                                "ZG-2026-000123",
                                "p-1",
                                "NM-001",
                                "城关农贸市场",
                                "S-3.2.1",
                                "农贸市场公益广告",
                                "JD-CG",
                                "城关街道",
                                Severity.GENERAL,
                                at,
                                EscalationLevel.NONE),
                        "a-1",
                        "不属本单位",
                        "dept1",
                        at))
                .replace(",\"assignee\":null", "")
                .replace(",\"deduction\":null", "");
        var read = mapper.readValue(legacy, RectificationAppealed.class);
        assertEquals(null, read.order().assignee());
        assertEquals(null, read.deduction());
        assertEquals("不属本单位", read.reason());
    }

    @Test
    void ladderClimbsInOrderAndStopsAtAccountability() {
        assertEquals(EscalationLevel.REMINDER, EscalationLevel.NONE.next().orElseThrow());
        assertEquals(EscalationLevel.TALK, EscalationLevel.NOTICE.next().orElseThrow());
        assertTrue(EscalationLevel.ACCOUNTABILITY.next().isEmpty());
        assertEquals("约谈", EscalationLevel.TALK.displayName());
    }

    @Test
    void eventTypeNamesAreCheckedForShape() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventType<>("RectificationOpened", Topic.RECTIFICATIONS, OrderRef.class));
    }
}
