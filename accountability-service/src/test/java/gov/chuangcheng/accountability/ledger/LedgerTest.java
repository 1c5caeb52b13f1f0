package gov.chuangcheng.accountability.ledger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
    }

    /** An order of {@code unit} escalated by hand to {@code level}: every rung up to it is an entry. */
    private String escalated(String unit, EscalationLevel level) {
        String pointId = RectificationTestSupport.unique("P");
        String id = support.fail(pointId, unit, "S-9.1", Severity.GENERAL).id();
        return support.escalateTo(id, level).number();
    }

    @Test
    @TestSecurity(user = "leader1", roles = "leader")
    void theRankingOrdersUnitsByScoreAndTiesShareARank() {
        String a = RectificationTestSupport.unique("UA");
        String b = RectificationTestSupport.unique("UB");
        String clean = RectificationTestSupport.unique("UC");
        String worst = RectificationTestSupport.unique("UD");
        support.ensureUnits(
                RectificationTestSupport.department(a, "甲单位"),
                RectificationTestSupport.department(b, "乙单位"),
                RectificationTestSupport.department(clean, "丙单位"),
                RectificationTestSupport.department(worst, "丁单位"));
        escalated(a, EscalationLevel.NOTICE); // 通报 −2
        escalated(b, EscalationLevel.NOTICE); // 通报 −2
        escalated(worst, EscalationLevel.TALK); // 通报 −2, 约谈 −5

        JsonPath ranking =
                given().get("/ledger/ranking").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = ranking.getList("units");
        assertEquals("campaign", ranking.getString("period"));
        Map<String, Object> ra = row(rows, a);
        Map<String, Object> rb = row(rows, b);
        Map<String, Object> rc = row(rows, clean);
        Map<String, Object> rd = row(rows, worst);
        assertEquals(98.0, ((Number) ra.get("cumulativeScore")).doubleValue());
        assertEquals(93.0, ((Number) rd.get("cumulativeScore")).doubleValue());
        assertEquals(100.0, ((Number) rc.get("cumulativeScore")).doubleValue(), "a unit without entries stands at 100");
        assertEquals(ra.get("rank"), rb.get("rank"), "equal scores share a rank");
        assertEquals(
                1
                        + rows.stream()
                                .filter(r -> ((Number) r.get("cumulativeScore")).doubleValue() > 98.0)
                                .count(),
                ((Number) ra.get("rank")).longValue());
        // competition ranking: the rank after a tie skips the shared places
        assertEquals(
                1
                        + rows.stream()
                                .filter(r -> ((Number) r.get("cumulativeScore")).doubleValue() > 93.0)
                                .count(),
                ((Number) rd.get("rank")).longValue());
        assertTrue(((Number) rc.get("rank")).intValue() < ((Number) ra.get("rank")).intValue());

        given().get("/ledger/units/" + worst)
                .then()
                .statusCode(200)
                .body("entries.levelName", org.hamcrest.Matchers.equalTo(List.of("约谈", "通报", "督办", "提醒")))
                .body("entries[0].scoreAfter", org.hamcrest.Matchers.equalTo(93.0f));
        given().get("/ledger/units/NO-SUCH-UNIT").then().statusCode(404);
    }

    @Test
    void ledgerEntriesCannotBeChangedOrDeleted() {
        String unit = RectificationTestSupport.unique("U");
        support.ensureUnits(RectificationTestSupport.department(unit, "只增单位"));
        escalated(unit, EscalationLevel.NOTICE);
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update ledger_entry set points = 0 where unit_code = ?1")
                                .setParameter(1, unit)
                                .executeUpdate()));
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from ledger_entry where unit_code = ?1")
                                .setParameter(1, unit)
                                .executeUpdate()));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> LedgerEntry.count("unitCode", unit)));
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String code) {
        return rows.stream()
                .filter(r -> code.equals(r.get("unitCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not ranked"));
    }
}
