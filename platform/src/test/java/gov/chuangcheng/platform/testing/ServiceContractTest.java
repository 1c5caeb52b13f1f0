package gov.chuangcheng.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.TopicNames;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * What every service promises operators and the other services, checked against the real PostgreSQL, Kafka and
 * Keycloak: it is ready, serves its OpenAPI document and metrics, keeps its directory read model current from
 * {@code cc.directory.v1}, and applies the unit scope of real department tokens. A service's test extends this class
 * and adds {@code @QuarkusTest}.
 */
public abstract class ServiceContractTest {

    @Inject
    protected TopicNames topics;

    @Test
    void isReadyWithDatabaseKafkaAndOutbox() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox-relay"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void servesOpenApiAndMetrics() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void directoryReadModelFollowsTheTopicAndRespectsUnitScope() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String street = "JD01"; // the seed user jd01 belongs to JD01 (a 街道)
        String community = "SQ-" + suffix;
        publishUnit(street, "城关街道", "SUBDISTRICT", null);
        publishUnit(community, "测试社区" + suffix, "COMMUNITY", street);

        String inspector = KeycloakTokens.forUser("inspector1");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector)
                        .get("/directory/units/" + community)
                        .then()
                        .statusCode(200)
                        .body("parentCode", equalTo(street)));

        // a 街道 sees its 社区; an unrelated department does not, and gets the same answer as for a unit that
        // does not exist
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .get("/directory/units/" + community)
                .then()
                .statusCode(200)
                .body("name", equalTo("测试社区" + suffix));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/directory/units/" + community)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/directory/units/" + community).then().statusCode(401);
    }

    /** Publishes a directory event as task-service would, straight to this run's topic. */
    protected void publishUnit(String code, String name, String kind, String parent) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            String body = "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind
                    + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"")
                    + ",\"active\":true,\"contacts\":[]}";
            ProducerRecord<String, String> record = new ProducerRecord<>(topics.of(Topic.DIRECTORY), code, body);
            record.headers()
                    .add(CloudEvents.HEADER_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEvents.HEADER_TYPE, "cc.unit.upserted.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEvents.HEADER_SOURCE, CloudEvents.SOURCE_TASK.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
