package gov.chuangcheng.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The first link of the chain across real processes: the office creates a unit in task-service; the event travels
 * outbox → Kafka → inbox into inspection-service, accountability-service and notification-service, each started from
 * its packaged jar.
 */
class DirectoryFlowSystemTest {

    private static final String RUN = "st-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess task;

    @BeforeAll
    static void startServices() throws Exception {
        task = start("task-service", 28081, "cc_task_test");
        start("inspection-service", 28082, "cc_inspection_test");
        start("accountability-service", 28083, "cc_accountability_test");
        start("notification-service", 28084, "cc_notification_test");
        for (ServiceProcess s : services) {
            s.awaitReady(Duration.ofSeconds(120));
        }
    }

    private static ServiceProcess start(String module, int port, String database) throws Exception {
        ServiceProcess s = ServiceProcess.start(module, port, Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database,
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false",
                "cc.kafka.topic-prefix", RUN,
                "kafka.group.id", RUN + module));
        services.add(s);
        return s;
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess s : services) {
            s.close();
        }
    }

    @Test
    void aUnitCreatedInTaskServiceReachesEveryOtherService() {
        String code = "ST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().baseUri(task.baseUrl()).auth().oauth2(Tokens.forUser("office1"))
                .contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"系统测试局\",\"kind\":\"DEPARTMENT\"}")
                .post("/units").then().statusCode(201);

        String inspector = Tokens.forUser("inspector1");
        for (ServiceProcess s : services) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().baseUri(s.baseUrl()).auth().oauth2(inspector).get("/directory/units/" + code)
                            .then().statusCode(200).body("name", equalTo("系统测试局")));
        }
        // an unrelated department cannot see it anywhere
        String cgj = Tokens.forUser("cgj1");
        for (ServiceProcess s : services) {
            given().baseUri(s.baseUrl()).auth().oauth2(cgj).get("/directory/units/" + code).then().statusCode(404);
        }
    }
}
