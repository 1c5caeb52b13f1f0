package gov.chuangcheng.task.atrisk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import gov.chuangcheng.task.testing.ActiveVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The at-risk list through the real broker and PostgreSQL: the orders as accountability-service's events leave them,
 * the field standard's points, and the campaign's evaluation day.
 */
@QuarkusTest
class AtRiskApiTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String X = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String VERSION = "AR-" + X;
    static final String S1 = "S-" + X + "-1";

    @Inject
    EntityManager em;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private ActiveVersions versions;
    private final LocalDate evaluationDay = LocalDate.now(ZONE).plusDays(30);

    @BeforeEach
    void ownVersionPointsAndCampaign() {
        versions = new ActiveVersions(em);
        versions.remember(VERSION);
        String office = KeycloakTokens.forUser("office1");
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("""
                        {"categories":[{"code":"C-%1$s","name":"公共环境","indicators":[
                          {"code":"I-%1$s","name":"农贸市场","standards":[
                            {"code":"S-%1$s-1","name":"生熟分区","fullMarks":4,"weight":1,"method":"FIELD_INSPECTION",
                             "pointTypes":["FARMERS_MARKET"]}]}]}]}""".formatted(X))
                .post("/evaluation-systems/" + VERSION + "/import")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201), equalTo(409)));
        given().auth()
                .oauth2(office)
                .post("/evaluation-systems/" + VERSION + "/activate")
                .then()
                .statusCode(200);
        // the field standard's points as the inspections left them: 3 of 4 pass (share 0.75, below 0.8)
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 4; i++) {
                em.createNativeQuery("""
                                insert into dash_point_result (point_id, standard_code, unit_code, passed, inspected_at,
                                                               inspection_id)
                                values (?1, ?2, 'CGJ', ?3, now(), ?4) on conflict do nothing""")
                        .setParameter(1, "P-" + X + "-" + i)
                        .setParameter(2, S1)
                        .setParameter(3, i != 4)
                        .setParameter(4, UUID.randomUUID().toString())
                        .executeUpdate();
            }
        });
        String campaign = """
                {"name":"创建全国文明城市","evaluationName":"年度测评","evaluationDate":"%s",
                 "phases":[]}""".formatted(evaluationDay);
        var current = given().auth().oauth2(office).get("/campaign");
        var put = given().auth().oauth2(office).contentType(ContentType.JSON).body(campaign);
        if (current.statusCode() == 200) {
            put = put.header("If-Match", current.header("ETag"));
        }
        put.put("/campaign").then().statusCode(200);
    }

    @AfterEach
    void restoreActiveVersion() {
        versions.restore();
    }

    private OrderRef order(String number, String unit, OffsetDateTime deadline) {
        return new OrderRef(
                "o-" + number,
                number,
                "P-" + X + "-4",
                "P4",
                "城关农贸市场",
                S1,
                "生熟分区",
                unit,
                unit + "单位",
                Severity.GENERAL,
                deadline,
                EscalationLevel.NONE);
    }

    private void publish(OrderRef order, Record event) {
        String topic = topics.of(Topic.RECTIFICATIONS);
        String key = order.pointId() + ":" + order.standardCode();
        if (event instanceof RectificationOpened e) {
            TestEvents.publish(topic, EventCatalog.RECTIFICATION_OPENED, key, e, json);
        } else if (event instanceof RectificationSuspended e) {
            TestEvents.publish(topic, EventCatalog.RECTIFICATION_SUSPENDED, key, e, json);
        } else {
            TestEvents.publish(topic, EventCatalog.RECTIFICATION_CLOSED, key, (RectificationClosed) event, json);
        }
    }

    private void opened(OrderRef order) {
        publish(
                order,
                new RectificationOpened(
                        order, OrderSource.INSPECTION, "i-1", "生熟未分区", List.of(), false, OffsetDateTime.now(ZONE)));
    }

    @Test
    void openOrdersDueAfterTheEvaluationDayAndWeakStandardsAreListed() {
        OffsetDateTime after =
                evaluationDay.plusDays(2).atTime(17, 30).atZone(ZONE).toOffsetDateTime();
        OffsetDateTime before =
                LocalDate.now(ZONE).plusDays(3).atTime(17, 30).atZone(ZONE).toOffsetDateTime();
        OrderRef late = order("ZG-" + X + "-1", "CGJ", after);
        OrderRef inTime = order("ZG-" + X + "-2", "CGJ", before);
        OrderRef closed = order("ZG-" + X + "-3", "CGJ", after);
        OrderRef suspended = order("ZG-" + X + "-4", "SCJGJ", before);
        opened(late);
        opened(inTime);
        opened(closed);
        publish(closed, new RectificationClosed(closed, "office1", false, OffsetDateTime.now(ZONE), Closure.VOIDED));
        opened(suspended);
        publish(
                suspended,
                new RectificationSuspended(
                        order(suspended.number(), "SCJGJ", null), "道路施工", "office1", OffsetDateTime.now(ZONE)));

        String office = KeycloakTokens.forUser("office1");
        String mine = "items.findAll { it.orderNumber?.startsWith('ZG-" + X + "') || it.standardCode == '" + S1
                + "' && it.kind == 'STANDARD' }";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(office)
                        .queryParam("limit", 500)
                        .get("/at-risk")
                        .then()
                        .statusCode(200)
                        .body("evaluationDate", equalTo(evaluationDay.toString()))
                        .body(
                                mine + ".orderNumber",
                                equalTo(java.util.Arrays.asList("ZG-" + X + "-4", "ZG-" + X + "-1", null))));
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .queryParam("limit", 500)
                .get("/at-risk")
                .then()
                .statusCode(200)
                .body("threshold", equalTo(0.8f))
                // fixing one of the standard's 4 points wins 4 ÷ 4 marks; the standard itself loses 1 of 4
                .body(mine + ".marks", equalTo(List.of(1.0f, 1.0f, 1.0f)))
                .body(mine + ".reason[0]", equalTo("整改暂停中，测评前可能无法整改到位"))
                .body(mine + ".reason[2]", equalTo("得分率75%，低于80%"))
                .body(mine + ".deadline[0]", nullValue())
                .body(mine + ".unitCode[1]", equalTo("CGJ"));
        // a department sees its own orders only, and every standard
        given().auth()
                .oauth2(KeycloakTokens.forUser("scjgj1"))
                .queryParam("limit", 500)
                .get("/at-risk")
                .then()
                .statusCode(200)
                .body("items.orderNumber", not(hasItem("ZG-" + X + "-1")))
                .body("items.orderNumber", hasItem("ZG-" + X + "-4"))
                .body("items.standardCode", hasItem(S1));
        given().auth()
                .oauth2(office)
                .queryParam("limit", 0)
                .get("/at-risk")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .get("/at-risk")
                .then()
                .statusCode(403);
    }
}
