package gov.chuangcheng.task.decomposition;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the task tests share: an adjustable clock, an evaluation day the test controls, and an active evaluation system
 * with standards of this run (written straight into the evaluation tables; the previously active version is restored
 * after each test).
 */
abstract class TaskTestSupport {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String VERSION = "TD-" + SUFFIX;
    static final String INDICATOR_A = "TDI-A-" + SUFFIX;
    static final String INDICATOR_B = "TDI-B-" + SUFFIX;
    /** Standards of indicator A. */
    static final String STANDARD_1 = "TDS-1-" + SUFFIX;

    static final String STANDARD_2 = "TDS-2-" + SUFFIX;
    /** A standard of indicator B. */
    static final String STANDARD_3 = "TDS-3-" + SUFFIX;

    static final String STANDARD_1_NAME = "农贸市场公益广告";

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    final AdjustableClock clock = new AdjustableClock(Instant.now());
    final TestEvaluationDay evaluationDay = new TestEvaluationDay();
    private String previouslyActive;

    /** The evaluation day as the test sets it; none unless a test sets one. */
    static class TestEvaluationDay extends CampaignEvaluationDay {
        volatile LocalDate date;

        TestEvaluationDay() {
            super(null);
        }

        @Override
        public Optional<LocalDate> date() {
            return Optional.ofNullable(date);
        }
    }

    @BeforeEach
    void installTimeAndEvaluationSystem() {
        QuarkusMock.installMockForType(clock, Clock.class);
        QuarkusMock.installMockForType(evaluationDay, CampaignEvaluationDay.class);
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> active = em.createNativeQuery("select version from evaluation_system where active")
                    .getResultList();
            previouslyActive = active.isEmpty() || active.get(0).equals(VERSION) ? null : active.get(0);
            em.createNativeQuery("""
                    insert into evaluation_system (version, name, active, imported_at, imported_by)
                    values (?1, '任务分解测试体系', false, now(), 'test') on conflict do nothing""").setParameter(1, VERSION).executeUpdate();
            em.createNativeQuery("""
                    insert into eval_category (version, code, name, ordinal) values (?1, 'TDC', '公共环境', 1)
                    on conflict do nothing""").setParameter(1, VERSION).executeUpdate();
            indicator(INDICATOR_A, "市容环境", 1);
            indicator(INDICATOR_B, "交通秩序", 2);
            standard(STANDARD_1, INDICATOR_A, STANDARD_1_NAME, 1);
            standard(STANDARD_2, INDICATOR_A, "背街小巷环境卫生", 2);
            standard(STANDARD_3, INDICATOR_B, "机动车礼让斑马线", 3);
            em.createNativeQuery("update evaluation_system set active = false where active and version <> ?1")
                    .setParameter(1, VERSION)
                    .executeUpdate();
            em.createNativeQuery("update evaluation_system set active = true where version = ?1")
                    .setParameter(1, VERSION)
                    .executeUpdate();
        });
    }

    @AfterEach
    void restoreActiveEvaluationSystem() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update evaluation_system set active = false where version = ?1")
                    .setParameter(1, VERSION)
                    .executeUpdate();
            if (previouslyActive != null) {
                em.createNativeQuery("update evaluation_system set active = true where version = ?1")
                        .setParameter(1, previouslyActive)
                        .executeUpdate();
            }
        });
    }

    private void indicator(String code, String name, int ordinal) {
        em.createNativeQuery("""
                insert into eval_indicator (version, code, category_code, name, ordinal) values (?1, ?2, 'TDC', ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, VERSION)
                .setParameter(2, code)
                .setParameter(3, name)
                .setParameter(4, ordinal)
                .executeUpdate();
    }

    private void standard(String code, String indicator, String name, int ordinal) {
        em.createNativeQuery("""
                insert into eval_standard (version, code, indicator_code, name, full_marks, weight, method,
                                           point_types, ordinal)
                values (?1, ?2, ?3, ?4, 2.00, 0.5, 'DOCUMENT_REVIEW', '', ?5) on conflict do nothing""")
                .setParameter(1, VERSION)
                .setParameter(2, code)
                .setParameter(3, indicator)
                .setParameter(4, name)
                .setParameter(5, ordinal)
                .executeUpdate();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    LocalDate today() {
        return clock.instant().atZone(SHANGHAI).toLocalDate();
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** A request as the given token, or as the {@code @TestSecurity} identity when the token is null. */
    static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType("application/json");
        return token == null ? spec : spec.auth().oauth2(token);
    }

    static String createUnit(String token, String code, String name, String kind, String parent) {
        as(token)
                .body("""
                {"code":"%s","name":"%s","kind":"%s","parentCode":%s}""".formatted(code, name, kind, parent == null ? "null" : "\"" + parent + "\""))
                .post("/units")
                .then()
                .statusCode(201);
        return code;
    }

    static void ensureUnit(String token, String code, String name, String kind, String parent) {
        if (as(token).get("/units/" + code).statusCode() == 404) {
            createUnit(token, code, name, kind, parent);
        }
    }

    static String taskJson(
            String title,
            List<String> standards,
            String lead,
            List<String> coUnits,
            LocalDate due,
            String milestonesJson) {
        return """
                {"title":"%s","description":"测试任务","standardCodes":%s,"leadUnitCode":"%s","coUnitCodes":%s,
                 "dueDate":"%s","milestones":%s}""".formatted(title, jsonList(standards), lead, jsonList(coUnits), due, milestonesJson);
    }

    static String jsonList(List<String> values) {
        return values.stream()
                .map(v -> "\"" + v + "\"")
                .reduce((a, b) -> a + "," + b)
                .map(s -> "[" + s + "]")
                .orElse("[]");
    }

    static String createTask(
            String token, String title, List<String> standards, String lead, List<String> coUnits, LocalDate due) {
        return as(token)
                .body(taskJson(title, standards, lead, coUnits, due, "[]"))
                .post("/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String progressJson(int percent, String text) {
        return """
                {"text":"%s","percent":%d,
                 "materials":[{"name":"整治台账.pdf","uri":"https://files.chuangcheng.local/ledger/%s.pdf"}]}""".formatted(text, percent, UUID.randomUUID());
    }

    KafkaEvents tasksTopic() {
        return new KafkaEvents(topics.of(Topic.TASKS));
    }

    static Predicate<ConsumerRecord<String, String>> event(String key, String type) {
        return r -> key.equals(r.key()) && type.equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE));
    }
}
