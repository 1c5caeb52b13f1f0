package gov.chuangcheng.accountability.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.ItemResult;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.testing.AdjustableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One problem is one episode, through the real broker and database: a finding is judged by when it was made, never
 * adds a rung, and a patrol after the unit's submission verifies its fix either way.
 */
@QuarkusTest
class OneProblemOneEpisodeTest {

    private static final String STANDARD = "S-EP.1";

    @Inject
    RectificationTestSupport support;

    @Inject
    RectificationService orders;

    @Inject
    InspectionOutcomes inspections;

    @Inject
    CalendarService calendars;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    /** An order of a fresh point, signed for and submitted one hour after it opened; returns it reloaded. */
    private RectificationOrder submitted(String pointId) {
        RectificationOrder order = support.fail(pointId, "CGJ", STANDARD, Severity.GENERAL);
        clock.advance(Duration.ofHours(1));
        orders.acknowledge(order.id(), UnitScope.all(), "cgj1");
        orders.submit(order.id(), UnitScope.all(), "cgj1", "已清理积水", List.of("5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01"));
        return support.reload(order.id());
    }

    private static ItemFailed failedAt(String pointId, Instant inspectedAt) {
        ItemFailed e = RectificationTestSupport.itemFailed(pointId, "CGJ", STANDARD, Severity.GENERAL);
        return new ItemFailed(
                e.inspectionId(),
                e.point(),
                e.itemCode(),
                e.standardCode(),
                e.standardName(),
                e.checkText(),
                e.severity(),
                e.score(),
                e.maxScore(),
                e.remark(),
                e.evidenceIds(),
                "inspector2",
                OffsetDateTime.ofInstant(inspectedAt, ZoneOffset.ofHours(8)));
    }

    @Test
    void anInspectionMadeBeforeTheSubmissionButArrivingAfterItIsAttachedNotAFailure() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = submitted(pointId);
        // the inspector's phone was offline: inspected half an hour before the submission, sent after it
        clock.advance(Duration.ofHours(2));
        support.publishItemFailed(failedAt(pointId, order.submittedAt().minus(Duration.ofMinutes(30))));
        RectificationOrder after = support.awaitOrder(pointId, STANDARD, o -> o.reports() == 2);

        assertEquals(RectificationStatus.VERIFYING, after.status(), "the fix still waits for its verification");
        assertEquals(0, after.reinspectionFailures());
        assertEquals(EscalationLevel.NONE, after.level());
        String key = pointId + ":" + STANDARD;
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED));
        assertEquals(
                1,
                support.outbox(key, EventCatalog.RECTIFICATION_EVIDENCE_ADDED).size());
        assertEquals(0L, support.ledgerEntriesOf(order.id()));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> RectificationHistory.of(order.id())).stream()
                .anyMatch(h -> h.action.equals("EVIDENCE_ADDED") && h.note.startsWith("补充线索")));
    }

    @Test
    void aFailedInspectionAfterTheSubmissionSendsTheFixBackWithAFreshDeadlineAndNoRung() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = submitted(pointId);
        clock.advance(Duration.ofHours(1));
        Instant now = clock.instant();
        inspections.onFailure(Failure.of(failedAt(pointId, now.minusSeconds(60))));

        RectificationOrder after = support.reload(order.id());
        assertEquals(RectificationStatus.OPEN, after.status(), "返工");
        assertEquals(1, after.reinspectionFailures());
        assertEquals(EscalationLevel.NONE, after.level(), "a failed verification adds no rung");
        Instant fresh = QuarkusTransaction.requiringNew()
                .call(() -> calendars.calendar())
                .deadlineAfterWorkingDays(now, 3);
        assertEquals(fresh, after.deadline(), "the standard's allowance again, from the send-back");
        assertEquals(0L, support.ledgerEntriesOf(order.id()));
    }

    @Test
    void aReportAfterTheSubmissionIsAttachedForPriorityVerification() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = submitted(pointId);
        clock.advance(Duration.ofMinutes(10));
        Failure report = new Failure(
                RectificationTestSupport.point(pointId, "CGJ"),
                STANDARD,
                "标准" + STANDARD,
                Severity.GENERAL,
                gov.chuangcheng.events.rectification.OrderSource.PROBLEM_REPORT,
                "REQ-" + pointId,
                "还是有积水",
                List.of(),
                clock.instant(),
                null);
        inspections.onFailure(report);
        RectificationOrder after = support.reload(order.id());
        assertEquals(RectificationStatus.VERIFYING, after.status(), "the submission requested its verification");
        assertTrue(after.priorityVerification());
        JsonNode added = support.outbox(pointId + ":" + STANDARD, EventCatalog.RECTIFICATION_EVIDENCE_ADDED)
                .get(0);
        assertTrue(added.get("priorityVerification").asBoolean());
        assertEquals("REQ-" + pointId, added.get("sourceRef").asText());
        // the office's verification round starts with these
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(gov.chuangcheng.platform.testing.KeycloakTokens.forUser("office1"))
                .get("/rectifications?unit=CGJ&priorityVerification=true&size=500")
                .then()
                .statusCode(200)
                .body("items.number", org.hamcrest.Matchers.hasItem(order.number()))
                .body("items.priorityVerification", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true)));
    }

    @Test
    void aPassedPatrolAfterTheSubmissionClosesTheOrderAsFixedAndNoRungFiresWhileTheFixWaits() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = submitted(pointId);
        // the deadline passes while the fix waits for its verification: the wait is on the office, no rung fires
        clock.advance(Duration.ofDays(10));
        support.sweepAll();
        assertEquals(EscalationLevel.NONE, support.reload(order.id()).level());

        InspectionCompleted patrol = new InspectionCompleted(
                UUID.randomUUID().toString(),
                RectificationTestSupport.point(pointId, "CGJ"),
                "inspector2",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8)),
                BigDecimal.TEN,
                BigDecimal.TEN,
                true,
                List.of(
                        new ItemResult("I-1", STANDARD, "地面无积水", BigDecimal.ONE, BigDecimal.ONE, true, null),
                        new ItemResult("I-2", "S-OTHER", "无乱堆放", BigDecimal.ONE, BigDecimal.ONE, true, null)),
                null,
                3,
                false);
        support.publish(EventCatalog.INSPECTION_COMPLETED, pointId, patrol);
        RectificationOrder closed =
                support.awaitOrder(pointId, STANDARD, o -> o.status() == RectificationStatus.CLOSED);
        assertEquals(Closure.REINSPECTION, closed.closure());
        assertTrue(closed.onTime(), "submitted within the deadline in force then");
        JsonNode event = support.outbox(pointId + ":" + STANDARD, EventCatalog.RECTIFICATION_CLOSED)
                .get(0);
        assertEquals("已清理积水", event.get("fix").asText(), "the fix text for the caller's call-back");
        assertEquals(
                "5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01",
                event.get("fixEvidenceIds").get(0).asText());
        assertEquals("inspector2", event.get("verifiedBy").asText());
        assertEquals(0L, support.ledgerEntriesOf(order.id()));
    }
}
