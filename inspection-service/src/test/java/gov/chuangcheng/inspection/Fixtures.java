package gov.chuangcheng.inspection;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.StandardUpserted;
import gov.chuangcheng.inspection.catalogue.StandardCatalogue;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Test data that arrives the way it does in production: units on {@code cc.directory.v1} and standards on
 * {@code cc.evaluation.v1}, published to this run's topics, then awaited in the read models.
 */
@ApplicationScoped
public class Fixtures {

    private final TopicNames topics;
    private final ObjectMapper json;
    private final UnitDirectory directory;
    private final StandardCatalogue standards;

    public Fixtures(TopicNames topics, ObjectMapper json, UnitDirectory directory, StandardCatalogue standards) {
        this.topics = topics;
        this.json = json;
        this.directory = directory;
        this.standards = standards;
    }

    /** A real 1×1 PNG; {@link #photo} appends random bytes after its end so that every upload is a new photo. */
    private static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    /** Uploads a fresh photo as the token's user and answers its evidence id. */
    public static String photo(String token) {
        byte[] tail = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] content = java.util.Arrays.copyOf(PNG, PNG.length + tail.length);
        System.arraycopy(tail, 0, content, PNG.length, tail.length);
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(token)
                .multiPart("file", "photo.png", content, "image/png")
                .post("/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static byte[] png() {
        return PNG.clone();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public void units(UnitUpserted... units) {
        for (UnitUpserted u : units) {
            TestEvents.publish(topics.of(Topic.DIRECTORY), EventCatalog.UNIT_UPSERTED, u.code(), u, json);
        }
        for (UnitUpserted u : units) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .until(() -> fresh(() -> directory
                            .find(u.code())
                            .filter(x -> x.name().equals(u.name()))
                            .isPresent()));
        }
    }

    /** Reads in a new transaction, so that no entity cached by an earlier poll hides the change. */
    private static boolean fresh(java.util.concurrent.Callable<Boolean> read) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(read);
    }

    public static UnitUpserted unit(String code, String name, UnitKind kind, String parent) {
        return new UnitUpserted(code, name, kind, parent, true, List.of());
    }

    /** The seed departments the seed users belong to. */
    public void seedUnits() {
        units(
                unit("CGJ", "区城管局", UnitKind.DEPARTMENT, null),
                unit("SCJGJ", "区市场监管局", UnitKind.DEPARTMENT, null),
                unit("JD01", "城关街道", UnitKind.SUBDISTRICT, null),
                unit("SQ0101", "城关一社区", UnitKind.COMMUNITY, "JD01"));
    }

    public void standards(StandardUpserted... list) {
        for (StandardUpserted s : list) {
            TestEvents.publish(topics.of(Topic.EVALUATION), EventCatalog.STANDARD_UPSERTED, s.code(), s, json);
        }
        for (StandardUpserted s : list) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .until(() -> fresh(() -> standards
                            .find(s.code())
                            .filter(x -> x.name.equals(s.name()) && x.active == s.active())
                            .isPresent()));
        }
    }

    public static StandardUpserted standard(String code, String name, String... pointTypes) {
        return new StandardUpserted(
                "2026",
                "C-01",
                "公共环境",
                "I-" + code,
                "指标" + code,
                code,
                name,
                new BigDecimal("2.0"),
                new BigDecimal("1.0"),
                AssessmentMethod.FIELD_INSPECTION,
                List.of(pointTypes),
                true);
    }
}
