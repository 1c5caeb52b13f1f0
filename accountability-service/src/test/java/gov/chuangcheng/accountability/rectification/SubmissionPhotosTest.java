package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.chuangcheng.accountability.evidence.KnownEvidence;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.EvidenceUploaded;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The photos of a unit's fix, through real Kafka and PostgreSQL: uploads arrive as {@code cc.evidence.uploaded.v1}, a
 * before-photo offered as the after-photo is refused (重复照片), a photo reused on another order is flagged on both.
 */
@QuarkusTest
class SubmissionPhotosTest {

    @Inject
    RectificationTestSupport support;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void aBeforePhotoOfTheSameOrderIsRefusedAsTheFixAndNothingChanges() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String sha = sha();
        // the inspector's photo, and the same bytes uploaded again by the unit (a new id, the same digest)
        String before = uploaded(sha, "inspector1", null);
        String sameAgain = uploaded(sha, "cgj1", null);
        String fresh = uploaded(sha(), "cgj1", null);
        RectificationOrder order = open(before);
        awaitKnown(before, sameAgain, fresh);
        String path = "/rectifications/" + order.id();
        given().auth().oauth2(cgj).post(path + "/acknowledge").then().statusCode(200);

        for (String[] ids : new String[][] {{fresh, sameAgain}, {fresh, before}}) {
            given().auth()
                    .oauth2(cgj)
                    .contentType("application/json")
                    .body("{\"description\":\"积水已清理\",\"evidenceIds\":[\"" + ids[0] + "\",\"" + ids[1] + "\"]}")
                    .post(path + "/submit")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("evidenceIds[1]"))
                    .body("errors[0].message", containsString(ids[1]))
                    .body("errors[0].message", containsString("重复照片"));
        }
        RectificationOrder unchanged = support.reload(order.id());
        assertEquals(RectificationStatus.ACKNOWLEDGED, unchanged.status());
        assertNull(unchanged.submissionEvidenceIds());
        assertNull(unchanged.submittedAt());

        // a photo of the fix goes through
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"description\":\"积水已清理\",\"evidenceIds\":[\"" + fresh + "\"]}")
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"));
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("evidenceFlags", hasSize(0));
    }

    @Test
    void aPhotoReusedOnAnotherOrderIsAcceptedAndFlaggedOnBoth() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String sha = sha();
        String beforeOfOther = uploaded(sha, "inspector1", null);
        String beforeOfThis = uploaded(sha(), "inspector1", null);
        // the unit's "after" photo is the other order's before-photo, uploaded again; and it was taken 5 days ago
        String reused = uploaded(sha, "cgj1", OffsetDateTime.parse("2026-11-20T10:00:00+08:00"));
        RectificationOrder other = open(beforeOfOther);
        RectificationOrder order = open(beforeOfThis);
        awaitKnown(beforeOfOther, beforeOfThis, reused);
        String path = "/rectifications/" + order.id();
        given().auth().oauth2(cgj).post(path + "/acknowledge").then().statusCode(200);
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"description\":\"积水已清理\",\"evidenceIds\":[\"" + reused + "\"]}")
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"));

        String office = KeycloakTokens.forUser("office1");
        given().auth()
                .oauth2(office)
                .get(path)
                .then()
                .statusCode(200)
                .body("evidenceFlags", hasSize(2))
                .body("evidenceFlags.find { it.kind == 'REUSED_ON_OTHER_ORDER' }.evidenceId", equalTo(reused))
                .body("evidenceFlags.find { it.kind == 'REUSED_ON_OTHER_ORDER' }.kindName", equalTo("照片在其他整改单中使用"))
                .body(
                        "evidenceFlags.find { it.kind == 'REUSED_ON_OTHER_ORDER' }.otherOrderNumber",
                        equalTo(other.number()))
                .body("evidenceFlags.find { it.kind == 'TAKEN_LONG_BEFORE_UPLOAD' }.evidenceId", equalTo(reused))
                .body("evidenceFlags.find { it.kind == 'TAKEN_LONG_BEFORE_UPLOAD' }.detail", containsString("5天"));
        given().auth()
                .oauth2(office)
                .get("/rectifications/" + other.id())
                .then()
                .statusCode(200)
                .body("evidenceFlags", hasSize(1))
                .body("evidenceFlags[0].kind", equalTo("REUSED_ON_OTHER_ORDER"))
                .body("evidenceFlags[0].evidenceId", equalTo(beforeOfOther))
                .body("evidenceFlags[0].otherOrderNumber", equalTo(order.number()));
    }

    @Test
    void aFixPhotoTakenFarFromThePointIsFlaggedWithTheDistance() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String before = uploaded(sha(), "inspector1", null);
        // the photo's GPS says 郑州 (34.7466, 113.6253); the point is in 杭州
        String far = uploaded(sha(), "cgj1", OffsetDateTime.parse("2026-11-25T08:00:00+08:00"));
        RectificationOrder order = open(before, 30.27412, 120.15515);
        awaitKnown(before, far);
        String path = "/rectifications/" + order.id();
        given().auth().oauth2(cgj).post(path + "/acknowledge").then().statusCode(200);
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"description\":\"积水已清理\",\"evidenceIds\":[\"" + far + "\"]}")
                .post(path + "/submit")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(KeycloakTokens.forUser("office1"))
                .get(path)
                .then()
                .statusCode(200)
                .body("evidenceFlags", hasSize(1))
                .body("evidenceFlags[0].kind", equalTo("FAR_FROM_POINT"))
                .body("evidenceFlags[0].kindName", equalTo("拍摄位置远离点位"))
                .body("evidenceFlags[0].detail", containsString("超过200米"));
    }

    private RectificationOrder open(String beforePhoto) {
        return open(beforePhoto, null, null);
    }

    /** An order whose point is at ({@code lat}, {@code lon}); null for a point whose position the event omits. */
    private RectificationOrder open(String beforePhoto, Double lat, Double lon) {
        String pointId = RectificationTestSupport.unique("P");
        ItemFailed f = RectificationTestSupport.itemFailed(pointId, "CGJ", "S-4.1", Severity.GENERAL);
        PointRef p = f.point();
        support.publishItemFailed(new ItemFailed(
                f.inspectionId(),
                new PointRef(
                        p.id(),
                        p.code(),
                        p.name(),
                        p.type(),
                        p.address(),
                        p.responsibleUnitCode(),
                        p.responsibleUnitName(),
                        lat,
                        lon),
                f.itemCode(),
                f.standardCode(),
                f.standardName(),
                f.checkText(),
                f.severity(),
                f.score(),
                f.maxScore(),
                f.remark(),
                List.of(beforePhoto),
                f.inspector(),
                f.inspectedAt()));
        return support.awaitOrder(pointId, "S-4.1", o -> true);
    }

    /** Publishes the upload of a photo as inspection-service does; answers its id. */
    private String uploaded(String sha256, String by, OffsetDateTime takenAt) {
        String id = UUID.randomUUID().toString();
        support.publish(
                EventCatalog.EVIDENCE_UPLOADED,
                id,
                new EvidenceUploaded(
                        id,
                        sha256,
                        by,
                        by.equals("cgj1") ? "CGJ" : null,
                        "image/jpeg",
                        123_456,
                        OffsetDateTime.ofInstant(RectificationTestSupport.START, java.time.ZoneOffset.UTC),
                        takenAt,
                        takenAt == null ? null : 34.7466,
                        takenAt == null ? null : 113.6253));
        return id;
    }

    private static void awaitKnown(String... ids) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> KnownEvidence.count("evidenceId in ?1", List.of(ids)))
                        == ids.length);
    }

    private static String sha() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
