package gov.chuangcheng.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.notification.routing.EventFacts;
import gov.chuangcheng.platform.directory.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fans a domain event out to the webhook subscriptions that want it: one PENDING delivery per active subscription
 * whose filter accepts the event's type and one of its units (or a unit above it: {@link #concerned}), in the transaction of the event. A delivery is
 * unique per subscription and event, so a redelivery posts nothing new. The body, fixed here for every retry, is
 * {@code {"type","eventId","timestamp","data"}} with the domain event as {@code data}; {@link WebhookDispatcher}
 * posts it once the transaction has committed.
 */
@ApplicationScoped
public class WebhookFanOut {

    /** Guards against a loop in the directory's parent links. */
    private static final int MAX_LINEAGE = 32;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final UnitDirectory directory;
    private final WebhookDispatcher dispatcher;

    public WebhookFanOut(
            EntityManager em, ObjectMapper json, Clock clock, UnitDirectory directory, WebhookDispatcher dispatcher) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.directory = directory;
        this.dispatcher = dispatcher;
    }

    /** Records the event's deliveries; returns how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(EventFacts event) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("active = true");
        Instant now = clock.instant();
        Set<String> lineage = lineage(concerned(event));
        int created = 0;
        for (WebhookSubscription s : subscriptions) {
            if (!s.filter().accepts(event.eventType(), lineage)) {
                continue;
            }
            created += em.createNativeQuery("""
                            insert into webhook_delivery (id, subscription_id, source_event_id, event_type, unit_code,
                                payload, status, attempts, next_attempt_at, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, cast(?7 as timestamptz),
                                cast(?7 as timestamptz))
                            on conflict (subscription_id, source_event_id) do nothing""")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, s.id)
                    .setParameter(3, event.eventId())
                    .setParameter(4, event.eventType())
                    .setParameter(5, event.unitCode())
                    .setParameter(6, body(event, now))
                    .setParameter(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate();
        }
        if (created > 0) {
            dispatcher.sendAfterCommit();
        }
        return created;
    }

    /**
     * The units the event concerns: its unit, the unit a reassigned order left, and the sub-unit a dispatched order was
     * given to (a subscription of any of them, or of a unit above, receives it).
     */
    private static List<String> concerned(EventFacts event) {
        List<String> codes = new ArrayList<>();
        codes.add(event.unitCode());
        codes.add(event.formerUnitCode());
        codes.add(event.assignee() == null ? null : event.assignee().unitCode());
        return codes;
    }

    /** The units and every unit above them in the directory (empty for none). */
    private Set<String> lineage(List<String> unitCodes) {
        Set<String> lineage = new LinkedHashSet<>();
        for (String unitCode : unitCodes) {
            String code = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
            int steps = 0;
            while (code != null && lineage.add(code) && ++steps < MAX_LINEAGE) {
                code = directory.find(code).map(UnitUpserted::parentCode).orElse(null);
            }
        }
        return lineage;
    }

    private String body(EventFacts event, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.eventType());
        body.put("eventId", event.eventId());
        body.put("timestamp", OffsetDateTime.ofInstant(now, ZoneOffset.UTC).toString());
        body.put("data", event.payload());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
