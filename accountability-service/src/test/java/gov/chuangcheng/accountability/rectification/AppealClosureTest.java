package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.escalation.EscalationStep;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 申诉时限: each deduction may be contested within five working days of it, and no later. */
@QuarkusTest
class AppealClosureTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    CalendarService calendars;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void anAppealAfterTheEntrysWindowIsRefusedAndALaterDeductionHasItsOwn() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-14.2";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-14.2", Severity.GENERAL);
        support.escalateTo(order.id(), EscalationLevel.NOTICE); // 通报 −2 now
        LedgerEntry notice = QuarkusTransaction.requiringNew()
                .call(() -> LedgerEntry.<LedgerEntry>find(
                                "orderId = ?1 and level = ?2", order.id(), EscalationLevel.NOTICE)
                        .firstResult());
        String path = "/rectifications/" + order.id() + "/appeals";
        Instant windowCloses = QuarkusTransaction.requiringNew()
                .call(() -> calendars.calendar())
                .deadlineAfterWorkingDays(notice.recordedAt, 5);

        clock.set(windowCloses.plusSeconds(60));
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"已超期的申诉\"}")
                .post(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("申诉时限"));
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_APPEALED));
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("size()", equalTo(0));

        // the clock's 约谈 deduction (−5) comes later: it can be contested within five working days of it
        Instant talkDue = QuarkusTransaction.requiringNew()
                .call(() -> EscalationStep.<EscalationStep>find(
                                "orderId = ?1 and level = ?2 and firedAt is null", order.id(), EscalationLevel.TALK)
                        .firstResultOptional()
                        .map(s -> s.dueAt)
                        .orElse(null));
        if (talkDue == null) {
            support.escalateTo(order.id(), EscalationLevel.TALK);
        } else {
            clock.set(talkDue.plusSeconds(60));
            support.sweepAll();
        }
        LedgerEntry talk = QuarkusTransaction.requiringNew()
                .call(() -> LedgerEntry.<LedgerEntry>find(
                                "orderId = ?1 and level = ?2", order.id(), EscalationLevel.TALK)
                        .firstResult());
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + talk.id + "\",\"reason\":\"约谈有误\"}")
                .post(path)
                .then()
                .statusCode(201);
        assertEquals(1, support.outbox(key, EventCatalog.RECTIFICATION_APPEALED).size());
    }
}
