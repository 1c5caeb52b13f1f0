package gov.chuangcheng.accountability.rectification;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the accountability tests share: units in the directory, failure events, orders and outbox rows read back. */
@ApplicationScoped
public class RectificationTestSupport {

    /** Wednesday 2026-11-25 10:00 in Shanghai. */
    public static final Instant START = Instant.parse("2026-11-25T02:00:00Z");

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    @Inject
    EntityManager em;

    @Inject
    InspectionOutcomes inspections;

    @Inject
    OrderEscalation escalations;

    /** Fires every due escalation step, batch after batch, each batch its own transaction, as the sweeper does. */
    public void sweepAll() {
        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(escalations::sweep) > 0; i++) {
            // drain
        }
    }

    public static AdjustableClock installClock() {
        AdjustableClock clock = new AdjustableClock(START);
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Publishes the units on cc.directory.v1 and waits until the read model has them. */
    public void ensureUnits(UnitUpserted... units) {
        for (UnitUpserted u : units) {
            TestEvents.publish(topics.of(Topic.DIRECTORY), EventCatalog.UNIT_UPSERTED, u.code(), u, json);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> List.of(units).stream()
                        .allMatch(u -> QuarkusTransaction.requiringNew()
                                .call(() -> directory.find(u.code()))
                                .isPresent()));
    }

    public static UnitUpserted department(String code, String name) {
        return new UnitUpserted(code, name, UnitKind.DEPARTMENT, null, true, List.of());
    }

    public static PointRef point(String pointId, String unitCode) {
        return new PointRef(
                pointId, "C-" + pointId, "点位" + pointId, "FARMERS_MARKET", "测试路1号", unitCode, "单位" + unitCode);
    }

    public static ItemFailed itemFailed(String pointId, String unitCode, String standard, Severity severity) {
        return new ItemFailed(
                UUID.randomUUID().toString(),
                point(pointId, unitCode),
                "I-1",
                standard,
                "标准" + standard,
                "地面无积水",
                severity,
                BigDecimal.ZERO,
                BigDecimal.ONE,
                "有积水",
                List.of("photo-" + UUID.randomUUID()),
                "inspector1",
                OffsetDateTime.parse("2026-11-25T09:00:00+08:00"));
    }

    public String publishItemFailed(ItemFailed e) {
        return TestEvents.publish(
                topics.of(Topic.INSPECTIONS),
                EventCatalog.ITEM_FAILED,
                e.point().id(),
                e,
                json);
    }

    public <P extends Record> String publish(EventType<P> type, String key, P payload) {
        return TestEvents.publish(topics.of(type.topic()), type, key, payload, json);
    }

    /** Publishes with a given CloudEvents id: a redelivery of the same event. */
    public <P extends Record> void publishWithId(EventType<P> type, String key, P payload, String id) {
        TestEvents.publishWithId(topics.of(type.topic()), type, key, payload, json, id);
    }

    /** Opens (or escalates) directly, as the consumer would. */
    public RectificationOrder fail(String pointId, String unitCode, String standard, Severity severity) {
        ItemFailed e = itemFailed(pointId, unitCode, standard, severity);
        return inspections.onFailure(Failure.of(e));
    }

    public List<RectificationOrder> ordersOf(String pointId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        RectificationOrder.<RectificationOrder>list("pointId = ?1 order by openedAt, number", pointId));
    }

    public RectificationOrder awaitOrder(
            String pointId, String standard, java.util.function.Predicate<RectificationOrder> condition) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ordersOf(pointId).stream()
                                .filter(o -> o.standardCode().equals(standard))
                                .filter(condition)
                                .findFirst(),
                        Optional::isPresent)
                .get();
    }

    public RectificationOrder reload(String id) {
        return QuarkusTransaction.requiringNew().call(() -> RectificationOrder.<RectificationOrder>findById(id));
    }

    /** The payloads of the outbox rows of one key and type, in publishing order. */
    @SuppressWarnings("unchecked")
    public List<JsonNode> outbox(String key, EventType<?> type) {
        List<String> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select payload from outbox_event where msg_key = ?1 and event_type = ?2 order by id")
                        .setParameter(1, key)
                        .setParameter(2, type.name())
                        .getResultList());
        List<JsonNode> nodes = new ArrayList<>();
        for (String r : rows) {
            try {
                nodes.add(json.readTree(r));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return nodes;
    }

    /** Ledger entries recorded about an order (deductions and their reversals). */
    public long ledgerEntriesOf(String orderId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> gov.chuangcheng.accountability.ledger.LedgerEntry.count("orderId", orderId));
    }

    @Inject
    OfficeLevers levers;

    /** Escalates an order by the office's hand up to {@code level} (as 领导批示), each rung with its deduction. */
    public RectificationOrder escalateTo(String orderId, gov.chuangcheng.events.EscalationLevel level) {
        return levers.escalate(orderId, level, "领导批示", "office1", "*");
    }

    @Inject
    gov.chuangcheng.accountability.calendar.CalendarService calendars;

    /** The working calendar in force (read in the caller's transaction). */
    public gov.chuangcheng.platform.calendar.WorkingCalendar calendar() {
        return calendars.calendar();
    }

    @Inject
    RectificationService rectifications;

    /** The unit signs for the order and submits its fix with a photo; the office asks for its verification. */
    public void submitForVerification(RectificationOrder o) {
        rectifications.acknowledge(o.id(), UnitScope.all(), "unit");
        rectifications.submit(o.id(), UnitScope.all(), "unit", "已整改", List.of("after-" + o.id()));
        rectifications.requestVerification(o.id(), UnitScope.all(), "office1");
    }

    /** The re-inspection of the order passes, now on {@code clock}. */
    public void passVerification(RectificationOrder o, java.time.Clock clock) {
        inspections.onReinspectionPassed(new gov.chuangcheng.events.inspection.ReinspectionPassed(
                o.id(),
                "R-" + o.id(),
                point(o.pointId(), o.unitCode()),
                o.standardCode(),
                "inspector1",
                java.time.OffsetDateTime.now(clock)));
    }
}
