package gov.chuangcheng.task.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.StandardUpserted;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The evaluation system against the real PostgreSQL, Kafka and (in one test) Keycloak. Tests share the database and
 * the active version, so every test uses versions and codes of its own and activates what it reads.
 */
@QuarkusTest
class EvaluationSystemTest {

    static final String HEADER = "category_code,category_name,indicator_code,indicator_name,standard_code,"
            + "standard_name,full_marks,weight,method,point_types\r\n";
    static final String CSV = "text/csv; charset=UTF-8";
    /** the query task decomposition uses to check that a standard code is in force */
    static final String IN_FORCE = "select 1 from eval_standard s join evaluation_system v on v.version = s.version "
            + "where v.active and s.code = ?";

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    private static String version() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Two categories, three indicators, four standards; codes end in {@code x}. */
    private static String goodCsv(String x) {
        return HEADER
                + "C-" + x + ",公共环境,I-" + x + ".1,农贸市场,S-" + x + ".1.1,公益广告不少于5处,2,0.6,FIELD_INSPECTION,"
                + "FARMERS_MARKET;BACK_STREET\r\n"
                + "C-" + x + ",公共环境,I-" + x + ".1,农贸市场,S-" + x + ".1.2,\"群众满意度, 含\"\"公平秤\"\"\",1.5,0.4,"
                + "问卷调查,\r\n"
                + "C-" + x + ",公共环境,I-" + x + ".2,背街小巷,S-" + x + ".2.1,无飞线充电,2,1,实地考察,背街小巷|居民小区\r\n"
                + "D-" + x + ",志愿服务,J-" + x + ".1,志愿服务组织,S-" + x + ".3.1,志愿者注册比例,3,1,ONLINE_FILING,\r\n";
    }

    private static ValidatableResponse importCsv(String version, String csv) {
        return given().contentType(CSV)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/evaluation-systems/" + version + "/import")
                .then();
    }

    private static ValidatableResponse activate(String version) {
        return given().post("/evaluation-systems/" + version + "/activate").then();
    }

    private boolean inForce(String standardCode) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(IN_FORCE)) {
            s.setString(1, standardCode);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private StandardUpserted payload(ConsumerRecord<String, String> record) throws IOException {
        return json.readValue(record.value(), StandardUpserted.class);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void csvImportThenActivationPublishesEveryStandard() throws Exception {
        String v = version();
        String x = suffix();
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.EVALUATION))) {
            importCsv(v, goodCsv(x))
                    .statusCode(201)
                    .header("Location", endsWith("/evaluation-systems/" + v))
                    .body("version", equalTo(v))
                    .body("active", equalTo(false))
                    .body("categoryCount", equalTo(2))
                    .body("indicatorCount", equalTo(3))
                    .body("standardCount", equalTo(4))
                    .body("fullMarks", equalTo(8.5f))
                    .body("importedBy", equalTo("office1"));
            // imported, not yet in force
            given().get("/standards/S-" + x + ".1.1").then().statusCode(404);
            assertFalse(inForce("S-" + x + ".1.1"));
            given().get("/evaluation-systems/" + v)
                    .then()
                    .statusCode(200)
                    .body("active", equalTo(false))
                    .body("categories.code", contains("C-" + x, "D-" + x))
                    .body("categories[0].fullMarks", equalTo(5.5f))
                    .body("categories[0].indicators[0].standards.code", contains("S-" + x + ".1.1", "S-" + x + ".1.2"))
                    .body("categories[0].indicators[0].standards[1].name", equalTo("群众满意度, 含\"公平秤\""));

            activate(v).statusCode(200).body("active", equalTo(true)).body("activatedBy", equalTo("office1"));
            assertTrue(inForce("S-" + x + ".1.1"));

            given().get("/standards/S-" + x + ".2.1")
                    .then()
                    .statusCode(200)
                    .body("systemVersion", equalTo(v))
                    .body("categoryName", equalTo("公共环境"))
                    .body("indicatorName", equalTo("背街小巷"))
                    .body("method", equalTo("FIELD_INSPECTION"))
                    .body("methodName", equalTo("实地考察"))
                    .body("pointTypes.code", contains("BACK_STREET", "RESIDENTIAL_COMPOUND"))
                    .body("pointTypes.name", contains("背街小巷", "居民小区"));
            given().queryParam("pointType", "FARMERS_MARKET")
                    .queryParam("size", 500)
                    .get("/standards")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItem("S-" + x + ".1.1"))
                    .body("items.code", not(hasItem("S-" + x + ".1.2")));
            given().queryParam("indicator", "I-" + x + ".1")
                    .queryParam("method", "SURVEY")
                    .get("/standards")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.code", contains("S-" + x + ".1.2"));
            given().queryParam("category", "C-" + x)
                    .get("/standards")
                    .then()
                    .body("items.code", contains("S-" + x + ".1.1", "S-" + x + ".1.2", "S-" + x + ".2.1"));
            given().queryParam("method", "BY_PHONE")
                    .get("/standards")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("method"));
            given().get("/evaluation-systems/active")
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(v))
                    .body("categories[1].indicators[0].standards[0].code", equalTo("S-" + x + ".3.1"));

            List<ConsumerRecord<String, String>> records =
                    kafka.await(r -> r.key().startsWith("S-" + x + "."), 4, Duration.ofSeconds(30));
            assertEquals(4, records.size());
            ConsumerRecord<String, String> market = records.stream()
                    .filter(KafkaEvents.withKey("S-" + x + ".1.1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("cc.standard.upserted.v1", KafkaEvents.header(market, CloudEvents.HEADER_TYPE));
            assertEquals(CloudEvents.SOURCE_TASK, KafkaEvents.header(market, CloudEvents.HEADER_SOURCE));
            assertEquals("S-" + x + ".1.1", KafkaEvents.header(market, CloudEvents.HEADER_SUBJECT));
            StandardUpserted event = payload(market);
            assertEquals(
                    new StandardUpserted(
                            v,
                            "C-" + x,
                            "公共环境",
                            "I-" + x + ".1",
                            "农贸市场",
                            "S-" + x + ".1.1",
                            "公益广告不少于5处",
                            event.fullMarks(),
                            event.weight(),
                            AssessmentMethod.FIELD_INSPECTION,
                            List.of("FARMERS_MARKET", "BACK_STREET"),
                            true),
                    event);
            assertEquals(0, new BigDecimal("2").compareTo(event.fullMarks()));
            assertEquals(0, new BigDecimal("0.6").compareTo(event.weight()));
            StandardUpserted survey = payload(records.stream()
                    .filter(KafkaEvents.withKey("S-" + x + ".1.2"))
                    .findFirst()
                    .orElseThrow());
            assertEquals(AssessmentMethod.SURVEY, survey.method());
            assertEquals(List.of(), survey.pointTypes());
        }
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void jsonImportAndANewActiveVersionRetiresTheStandardsItDropped() throws Exception {
        String a = version();
        String b = version();
        String x = suffix();
        String jsonA = """
                {"name":"测评体系 A","categories":[{"code":"C-%1$s","name":"公共环境","indicators":[
                  {"code":"I-%1$s","name":"农贸市场","standards":[
                    {"code":"S-%1$s-1","name":"生熟分区","fullMarks":2,"weight":0.5,"method":"FIELD_INSPECTION","pointTypes":["FARMERS_MARKET"]},
                    {"code":"S-%1$s-2","name":"公厕洁净","fullMarks":2,"weight":0.5,"method":"实地考察","pointTypes":["农贸市场","交通场站"]}]}]}]}
                """.formatted(x);
        String jsonB = """
                {"categories":[{"code":"C-%1$s","name":"公共环境","indicators":[
                  {"code":"I-%1$s","name":"农贸市场","standards":[
                    {"code":"S-%1$s-1","name":"生熟分区、划行归市","fullMarks":3,"weight":0.75,"method":"FIELD_INSPECTION","pointTypes":["FARMERS_MARKET"]},
                    {"code":"S-%1$s-3","name":"消费者满意度","fullMarks":1,"weight":0.25,"method":"SURVEY","pointTypes":[]}]}]}]}
                """.formatted(x);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.EVALUATION))) {
            given().contentType("application/json")
                    .body(jsonA)
                    .post("/evaluation-systems/" + a + "/import")
                    .then()
                    .statusCode(201)
                    .body("name", equalTo("测评体系 A"))
                    .body("standardCount", equalTo(2));
            activate(a).statusCode(200);
            given().contentType("application/json")
                    .body(jsonB)
                    .post("/evaluation-systems/" + b + "/import")
                    .then()
                    .statusCode(201)
                    .body("name", equalTo("测评体系 " + b));
            activate(b).statusCode(200).body("active", equalTo(true));
            // activating the active version again changes and publishes nothing
            activate(b).statusCode(200).body("active", equalTo(true));

            given().get("/evaluation-systems")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.version == '" + a + "' }.active", equalTo(false))
                    .body("items.find { it.version == '" + b + "' }.active", equalTo(true))
                    .body("items[0].version", equalTo(b));
            given().get("/standards/S-" + x + "-2").then().statusCode(404);
            given().get("/standards/S-" + x + "-1")
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("生熟分区、划行归市"))
                    .body("systemVersion", equalTo(b));
            assertFalse(inForce("S-" + x + "-2"));
            assertTrue(inForce("S-" + x + "-3"));

            // A: -1, -2; B: -1, -3; retirement of -2
            List<ConsumerRecord<String, String>> records =
                    kafka.await(r -> r.key().startsWith("S-" + x + "-"), 5, Duration.ofSeconds(30));
            records = kafka.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.key().startsWith("S-" + x + "-"))
                    .toList();
            assertEquals(5, records.size(), "no event for the second activation");
            List<ConsumerRecord<String, String>> two = records.stream()
                    .filter(KafkaEvents.withKey("S-" + x + "-2"))
                    .toList();
            assertEquals(2, two.size());
            StandardUpserted retired = payload(two.get(1));
            assertFalse(retired.active());
            assertEquals(a, retired.systemVersion());
            assertEquals(List.of("FARMERS_MARKET", "TRANSPORT_HUB"), retired.pointTypes());
            List<ConsumerRecord<String, String>> one = records.stream()
                    .filter(KafkaEvents.withKey("S-" + x + "-1"))
                    .toList();
            assertEquals(
                    List.of(a, b),
                    one.stream()
                            .map(r -> {
                                try {
                                    return payload(r).systemVersion();
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                            .toList());
            StandardUpserted three = payload(records.stream()
                    .filter(KafkaEvents.withKey("S-" + x + "-3"))
                    .findFirst()
                    .orElseThrow());
            assertTrue(three.active());
            assertEquals(0, new BigDecimal("0.25").compareTo(three.weight()));
        }
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void badFilesAreRejectedRowByRowAndStoreNothing() {
        String x = suffix();
        String v = version();
        String good = goodCsv(x);

        // malformed CSV: an unclosed quote in row 3
        importCsv(v, HEADER + "C-1,a,I-1,b,S-1,x,1,1,SURVEY,\r\nC-1,a,I-1,b,S-2,\"unclosed,1,1,SURVEY,\r\n")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("rows[3]"))
                .body("errors[0].message", containsString("not well-formed CSV"));
        // duplicate standard code in row 3 (first in row 2)
        importCsv(v, good.replace("S-" + x + ".1.2", "S-" + x + ".1.1"))
                .statusCode(400)
                .body("errors.field", contains("rows[3].standard_code"))
                .body("errors[0].message", containsString("rows[2].standard_code"));
        // weights of I-x.1 add up to 0.9, reported at its first row
        importCsv(v, good.replace(",0.6,", ",0.5,"))
                .statusCode(400)
                .body("errors.field", contains("rows[2].weight"))
                .body("errors[0].message", containsString("0.9"));
        // unknown method and, in the same file, a field-inspected standard without point types
        importCsv(v, good.replace("问卷调查", "电话抽查").replace("背街小巷|居民小区", ""))
                .statusCode(400)
                .body("errors.field", contains("rows[3].method", "rows[4].point_types"))
                .body("errors[0].message", containsString("电话抽查"));
        // JSON: the JSON path names the place
        given().contentType("application/json")
                .body("""
                {"categories":[{"code":"C-1","name":"公共环境","indicators":[{"code":"I-1","name":"农贸市场",
                 "standards":[{"code":"S-1","name":"公益广告","fullMarks":2,"weight":1,"method":"BY_PHONE"}]}]}]}""")
                .post("/evaluation-systems/" + v + "/import")
                .then()
                .statusCode(400)
                .body("errors.field", contains("categories[0].indicators[0].standards[0].method"));
        given().contentType("application/json")
                .body("{\"categories\": [")
                .post("/evaluation-systems/" + v + "/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"categories\":[{\"indicators\":[{\"standards\":[{\"weight\":\"x\"}]}]}]}")
                .post("/evaluation-systems/" + v + "/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("categories[0].indicators[0].standards[0].weight"));
        importCsv("bad version", good).statusCode(400).body("errors[0].field", equalTo("version"));
        importCsv("active", good).statusCode(400).body("errors[0].field", equalTo("version"));

        // nothing was stored
        given().get("/evaluation-systems/" + v).then().statusCode(404);
        given().get("/evaluation-systems").then().body("items.version", not(hasItem(v)));

        // a bad file over an existing (inactive) version leaves it as it was
        importCsv(v, good).statusCode(201);
        importCsv(v, good.replace(",0.6,", ",0.7,").replace("公益广告不少于5处", "改过的名称"))
                .statusCode(400);
        given().get("/evaluation-systems/" + v)
                .then()
                .statusCode(200)
                .body("categories[0].indicators[0].standards[0].name", equalTo("公益广告不少于5处"))
                .body("categories[0].indicators[0].standards[0].weight", equalTo(0.6f));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void anInactiveVersionIsReplacedButTheActiveOneIsNot() {
        String x = suffix();
        String v = version();
        importCsv(v, goodCsv(x)).statusCode(201);
        String renamed = goodCsv(x).replace("公益广告不少于5处", "公益广告不少于6处").replaceAll("(?m)^D-.*\r\n", "");
        importCsv(v, renamed).statusCode(200).body("standardCount", equalTo(3)).body("categoryCount", equalTo(1));
        given().get("/evaluation-systems/" + v)
                .then()
                .body("categories.code", contains("C-" + x))
                .body("categories[0].indicators[0].standards[0].name", equalTo("公益广告不少于6处"));

        activate(v).statusCode(200);
        importCsv(v, goodCsv(x)).statusCode(409).contentType("application/problem+json");
        given().get("/evaluation-systems/" + v).then().body("categories.code", contains("C-" + x));
        activate(version()).statusCode(404);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void theSeedFileImports() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("..", "scripts", "seed", "evaluation-system.csv"));
        String v = version();
        given().config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv")
                .queryParam("name", "全国文明城市测评体系（2026年版）区级摘编")
                .body(seed)
                .post("/evaluation-systems/" + v + "/import")
                .then()
                .statusCode(201)
                .body("name", equalTo("全国文明城市测评体系（2026年版）区级摘编"))
                .body("categoryCount", greaterThanOrEqualTo(6))
                .body("indicatorCount", greaterThanOrEqualTo(20))
                .body("standardCount", greaterThanOrEqualTo(60));
        given().get("/evaluation-systems/" + v)
                .then()
                .statusCode(200)
                .body("categories.name", hasItems("公共文明素养", "城市文明程度", "公共环境", "公共秩序", "志愿服务", "未成年人思想道德建设"))
                .body(
                        "categories.find { it.code == 'C-3' }.indicators.find { it.code == 'I-3.1' }.standards.name",
                        hasItems("公益广告不少于5处", "设公平秤和投诉点，商品明码标价", "生熟分区、划行归市，摊位整齐"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void anExcelFileWithByteOrderMarkAndNoCharsetIsReadAsUtf8() {
        String x = suffix();
        byte[] text = goodCsv(x).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        String v = version();
        given().config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv")
                .body(body)
                .post("/evaluation-systems/" + v + "/import")
                .then()
                .statusCode(201);
        given().get("/evaluation-systems/" + v).then().body("categories[0].name", equalTo("公共环境"));
    }

    @Test
    @TestSecurity(user = "cgj1", roles = "department")
    void departmentsReadButCannotImportOrActivate() {
        String v = version();
        importCsv(v, goodCsv(suffix())).statusCode(403).contentType("application/problem+json");
        activate(v).statusCode(403);
        given().get("/evaluation-systems").then().statusCode(200);
        given().get("/standards").then().statusCode(200);
    }

    @Test
    void anonymousCallsAreRefused() {
        String v = version();
        importCsv(v, goodCsv(suffix())).statusCode(401).contentType("application/problem+json");
        activate(v).statusCode(401);
        for (String path : List.of(
                "/evaluation-systems",
                "/evaluation-systems/active",
                "/evaluation-systems/" + v,
                "/standards",
                "/standards/S-1")) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDescribesBothFormatsAndTheErrorFields() {
        java.util.Map<String, Object> paths = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        java.util.Map<String, Object> post = (java.util.Map<String, Object>)
                ((java.util.Map<String, Object>) paths.get("/evaluation-systems/{version}/import")).get("post");
        String description = (String) post.get("description");
        assertTrue(description.contains("`rows[<row>].<column>`"), description);
        assertTrue(description.contains("`categories[0].indicators[1].standards[2].weight`"), description);
        assertTrue(description.contains("add up to 1 (±0.0001)"), description);
        java.util.Map<String, Object> content = (java.util.Map<String, Object>)
                ((java.util.Map<String, Object>) post.get("requestBody")).get("content");
        assertEquals(java.util.Set.of("text/csv", "application/json"), content.keySet());
    }

    /** Real tokens: the office imports, a department reads, a department may not import. */
    @Test
    void realTokensOfficeImportsDepartmentReads() {
        String office = KeycloakTokens.forUser("office1");
        String cgj = KeycloakTokens.forUser("cgj1");
        String v = version();
        String x = suffix();
        given().auth()
                .oauth2(office)
                .contentType(CSV)
                .body(goodCsv(x).getBytes(StandardCharsets.UTF_8))
                .post("/evaluation-systems/" + v + "/import")
                .then()
                .statusCode(201)
                .body("importedBy", equalTo("office1"));
        given().auth()
                .oauth2(cgj)
                .get("/evaluation-systems/" + v)
                .then()
                .statusCode(200)
                .body("categories[0].indicators[0].standards[0].code", equalTo("S-" + x + ".1.1"));
        given().auth()
                .oauth2(cgj)
                .get("/evaluation-systems")
                .then()
                .statusCode(200)
                .body("items.version", hasItem(v));
        given().auth()
                .oauth2(cgj)
                .contentType(CSV)
                .body(goodCsv(suffix()).getBytes(StandardCharsets.UTF_8))
                .post("/evaluation-systems/" + version() + "/import")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(cgj)
                .post("/evaluation-systems/" + v + "/activate")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .get("/standards")
                .then()
                .statusCode(200);
    }
}
