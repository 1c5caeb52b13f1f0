package gov.chuangcheng.task.material;

import static io.restassured.RestAssured.given;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.task.decomposition.CampaignEvaluationDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the material tests share: an evaluation system of this run imported as the office keeps it (CSV with the
 * materials column) and activated through the API, the seed users' units, and multipart requests as browsers send
 * them. The previously active version is restored after each test.
 */
abstract class MaterialTestSupport {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String VERSION = "MAT-" + SUFFIX;
    /** 材料审核 with two expected materials. */
    static final String REVIEWED = "MR-1-" + SUFFIX;
    /** 网上申报 without a list: any material will do. */
    static final String FILED = "MR-2-" + SUFFIX;
    /** 实地考察: no materials. */
    static final String FIELD = "MR-3-" + SUFFIX;
    /** 材料审核 with the same two expected materials, reviewed by one test only (its score is that test's). */
    static final String SCORED = "MR-4-" + SUFFIX;

    static final String PLAN = "工作方案";
    static final String LEDGER = "工作台账";

    static final String CSV = "category_code,category_name,indicator_code,indicator_name,standard_code,"
            + "standard_name,full_marks,weight,method,point_types,materials\n"
            + "MC-" + SUFFIX + ",志愿服务,MI-1-" + SUFFIX + ",志愿服务制度," + REVIEWED + ",志愿服务制度健全,2,1,材料审核,,"
            + PLAN + "；" + LEDGER + "\n"
            + "MC-" + SUFFIX + ",志愿服务,MI-2-" + SUFFIX + ",志愿者注册," + FILED + ",注册志愿者比例,3,1,网上申报,,\n"
            + "MC-" + SUFFIX + ",志愿服务,MI-3-" + SUFFIX + ",站点标识," + FIELD + ",站点有标识,2,1,实地考察,社区,\n"
            + "MC-" + SUFFIX + ",志愿服务,MI-4-" + SUFFIX + ",志愿服务记录," + SCORED + ",志愿服务记录完整,2,1,DOCUMENT_REVIEW,,"
            + PLAN + "|" + LEDGER + "\n";

    /** File names as browsers and phones send them: raw UTF-8 in the part header. */
    static final RestAssuredConfig BROWSER = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    @Inject
    EntityManager em;

    @Inject
    MaterialReviews reviews;

    String office;
    private String previouslyActive;

    @BeforeEach
    void activateOwnVersion() {
        // tasks may be due whenever: no campaign's evaluation day is in the way
        QuarkusMock.installMockForType(
                new CampaignEvaluationDay(null) {
                    @Override
                    public Optional<LocalDate> date() {
                        return Optional.empty();
                    }
                },
                CampaignEvaluationDay.class);
        office = KeycloakTokens.forUser("office1");
        previouslyActive = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> active = em.createNativeQuery("select version from evaluation_system where active")
                    .getResultList();
            return active.isEmpty() || active.get(0).equals(VERSION) ? null : active.get(0);
        });
        if (given().auth().oauth2(office).get("/evaluation-systems/" + VERSION).statusCode() == 404) {
            given().auth()
                    .oauth2(office)
                    .contentType("text/csv; charset=UTF-8")
                    .body(CSV.getBytes(StandardCharsets.UTF_8))
                    .post("/evaluation-systems/" + VERSION + "/import")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(office)
                .post("/evaluation-systems/" + VERSION + "/activate")
                .then()
                .statusCode(200);
        ensureUnit("CGJ", "区城管局", "DEPARTMENT", null);
        ensureUnit("SCJGJ", "区市场监管局", "DEPARTMENT", null);
        ensureUnit("JD01", "城关街道", "SUBDISTRICT", null);
    }

    @AfterEach
    void restoreActiveVersion() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update evaluation_system set active = false where active")
                    .executeUpdate();
            if (previouslyActive != null) {
                em.createNativeQuery("update evaluation_system set active = true where version = ?1")
                        .setParameter(1, previouslyActive)
                        .executeUpdate();
            }
        });
    }

    private void ensureUnit(String code, String name, String kind, String parent) {
        if (given().auth().oauth2(office).get("/units/" + code).statusCode() == 404) {
            given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("""
                            {"code":"%s","name":"%s","kind":"%s","parentCode":%s}""".formatted(code, name, kind, parent == null ? "null" : "\"" + parent + "\""))
                    .post("/units")
                    .then()
                    .statusCode(201);
        }
    }

    /** A multipart request as {@code token} with these text fields (name, value, name, value…). */
    static RequestSpecification filing(String token, String... fields) {
        RequestSpecification r = given().config(BROWSER).auth().oauth2(token);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            r = r.multiPart(field(fields[i], fields[i + 1]));
        }
        return r;
    }

    private static MultiPartSpecification field(String name, String value) {
        return new MultiPartSpecBuilder(value)
                .controlName(name)
                .mimeType("text/plain")
                .charset(StandardCharsets.UTF_8)
                .build();
    }

    String createTask(String standard, String lead, List<String> coUnits) {
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        return given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"title":"材料报送任务","standardCodes":["%s"],"leadUnitCode":"%s","coUnitCodes":%s,
                         "dueDate":"%s","milestones":[]}""".formatted(
                                standard,
                                lead,
                                coUnits.stream().map(c -> "\"" + c + "\"").toList(),
                                due))
                .post("/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    long materialRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from material")
                                .getSingleResult())
                        .longValue());
    }
}
