package gov.chuangcheng.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.TopicNames;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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

    // ------------------------------------------------------------------------------------ what no request can break

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void everyPagedListRefusesAPageBeyondTheLastPossibleOne() throws Exception {
        JsonNode doc = openApi();
        List<String> checked = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            boolean paged = false;
            for (JsonNode p : get.path("parameters")) {
                paged |= "page".equals(p.path("name").asText());
            }
            if (!paged || path.getKey().contains("{")) {
                return;
            }
            given().auth()
                    .oauth2(tokenFor(roles(get)))
                    .queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 50)
                    .get(path.getKey())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"));
            checked.add(path.getKey());
        });
        assertFalse(checked.isEmpty(), "the service has paged lists");
    }

    @Test
    void everyPathAnswersAMethodItDoesNotHaveWith405AndTheMethodsItHas() throws Exception {
        JsonNode doc = openApi();
        doc.path("paths").fields().forEachRemaining(path -> {
            Set<String> documented = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    documented.add(m.toUpperCase());
                }
            });
            String concrete = concrete(path.getKey(), path.getValue());
            Response r = given().request("TRACE", concrete);
            assertEquals(405, r.statusCode(), "TRACE " + concrete);
            assertTrue(
                    r.contentType().startsWith("application/problem+json") || concrete.startsWith("/open311/"),
                    "TRACE " + concrete + " answered as " + r.contentType());
            Set<String> allowed = new TreeSet<>(List.of(r.header("Allow").split(",\\s*")));
            assertTrue(
                    allowed.containsAll(documented),
                    "Allow of " + concrete + ": " + allowed + ", documented " + documented);
            allowed.removeAll(List.of("HEAD", "OPTIONS"));
            assertEquals(documented, allowed, "Allow of " + concrete);
        });
    }

    @Test
    void theHttpLayersOwnRefusalsAreProblemDocuments() {
        given().get("/q/health?filler=" + "a".repeat(9000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
        given().contentType("application/json")
                .body(new byte[11 * 1024 * 1024])
                .post("/no-such-collection")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        given().urlEncodingEnabled(false)
                .get("/directory/units/A%00B")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    /** The path with each parameter replaced by a value it accepts: its first enum value or pattern branch, or x. */
    private static String concrete(String template, JsonNode item) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = "x";
            for (String method : METHODS) {
                for (JsonNode p : item.path(method).path("parameters")) {
                    if (m.group(1).equals(p.path("name").asText())) {
                        JsonNode schema = p.path("schema");
                        if (schema.has("enum")) {
                            value = schema.path("enum").get(0).asText();
                        } else if (schema.has("pattern")) {
                            value = schema.path("pattern")
                                    .asText()
                                    .split("\\|")[0]
                                    .replaceAll("[^\\w-]", "");
                        }
                    }
                }
            }
            m.appendReplacement(path, value);
        }
        return m.appendTail(path).toString();
    }

    private static JsonNode openApi() throws Exception {
        return new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation
                .path("security")
                .forEach(s -> s.fields().forEachRemaining(f -> f.getValue().forEach(r -> roles.add(r.asText()))));
        return roles;
    }

    /** A real token of a seed user (or client) with the first of the roles, the office when it is among them. */
    protected static String tokenFor(List<String> roles) {
        String role = roles.contains("office") ? "office" : roles.isEmpty() ? "office" : roles.get(0);
        return switch (role) {
            case "integration" -> KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret");
            case "leader" -> KeycloakTokens.forUser("leader1");
            case "department" -> KeycloakTokens.forUser("cgj1");
            case "inspector" -> KeycloakTokens.forUser("inspector1");
            default -> KeycloakTokens.forUser("office1");
        };
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
