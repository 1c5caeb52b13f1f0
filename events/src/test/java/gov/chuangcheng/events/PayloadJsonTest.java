package gov.chuangcheng.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationEscalated;
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
