package gov.chuangcheng.accountability.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office's entries by hand and reversals: each an entry with who and why; the ledger stays append-only. */
@QuarkusTest
class ManualEntriesTest {

    private static final String PHOTO = "5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01";

    @Inject
    RectificationTestSupport support;

    String office;
    String unit;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
        unit = RectificationTestSupport.unique("UM");
        support.ensureUnits(RectificationTestSupport.department(unit, "手工台账单位"));
        office = KeycloakTokens.forUser("office1");
    }

    private String entry(String kind, String points) {
        return "{\"unitCode\":\"" + unit + "\",\"kind\":\"" + kind + "\",\"points\":" + points
                + ",\"reason\":\"省电视台曝光\",\"evidenceIds\":[\"" + PHOTO + "\"]}";
    }

    /** A JSON number equal to {@code expected}, whether it came as an integer or a decimal. */
    private static Matcher<Object> closeTo(double expected) {
        return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-9;
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("the number " + expected);
            }
        };
    }

    @Test
    void aDeductionAndABonusByHandMoveTheScoreAndAReversalUndoesOneOnce() {
        String deduction = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(entry("MEDIA_EXPOSURE", "3"))
                .post("/ledger/entries")
                .then()
                .statusCode(201)
                .body("points", closeTo(-3))
                .body("kind", equalTo("MEDIA_EXPOSURE"))
                .body("recordedBy", equalTo("office1"))
                .body("evidenceIds", hasItem(PHOTO))
                .body("scoreAfter", closeTo(97))
                .extract()
                .path("id");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(entry("GOOD_PRACTICE", "1.5"))
                .post("/ledger/entries")
                .then()
                .statusCode(201)
                .body("points", closeTo(1.5))
                .body("scoreAfter", closeTo(98.5));

        String path = "/ledger/entries/" + deduction + "/reversal";
        String reversal = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"经复核，曝光点位不属该单位\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("points", closeTo(3))
                .body("kind", equalTo("REVERSAL"))
                .body("reversalOf", equalTo(deduction))
                .body("scoreAfter", closeTo(101.5))
                .extract()
                .path("id");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"again\"}")
                .post(path)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"reverse the reversal\"}")
                .post("/ledger/entries/" + reversal + "/reversal")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"x\"}")
                .post("/ledger/entries/no-such-entry/reversal")
                .then()
                .statusCode(404);
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> LedgerEntry.count("unitCode", unit)));
        given().auth()
                .oauth2(office)
                .get("/ledger/kinds")
                .then()
                .statusCode(200)
                .body("code", hasItem("UNANNOUNCED_VISIT"));
    }

    @Test
    void wrongInputTheWrongRoleAndUnknownReferencesChangeNothing() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType("application/json")
                .body(entry("MEDIA_EXPOSURE", "3"))
                .post("/ledger/entries")
                .then()
                .statusCode(403);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(entry("ESCALATION", "3"), "kind");
        refused.put(entry("MEDIA_EXPOSURE", "-3"), "points");
        refused.put(entry("MEDIA_EXPOSURE", "500"), "points");
        refused.put(entry("MEDIA_EXPOSURE", "3").replace(unit, "NO-SUCH-UNIT"), "unitCode");
        refused.put(entry("MEDIA_EXPOSURE", "3").replace("}", ",\"orderId\":\"no-such-order\"}"), "orderId");
        refused.forEach((body, field) -> given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(body)
                .post("/ledger/entries")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LedgerEntry.count("unitCode", unit)));
    }
}
