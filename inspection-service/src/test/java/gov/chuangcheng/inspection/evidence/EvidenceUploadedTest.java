package gov.chuangcheng.inspection.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.EvidenceUploaded;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every new upload is published once with what its EXIF says; HEIC is refused with how to switch the phone. */
@QuarkusTest
class EvidenceUploadedTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void units() {
        fixtures.seedUnits();
    }

    @Test
    void anUploadIsPublishedOnceWithItsExifTimeAndPosition() throws Exception {
        String cgj = KeycloakTokens.forUser("cgj1");
        byte[] photo = ExifJpegs.withExif("2026:11:25 09:30:15", 34.7466, 113.6253, ByteOrder.BIG_ENDIAN);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            String id = given().auth()
                    .oauth2(cgj)
                    .multiPart("file", "整改后.jpg", photo, "image/jpeg")
                    .post("/evidence")
                    .then()
                    .statusCode(201)
                    .body("takenAt", equalTo("2026-11-25T01:30:15Z"))
                    .body("latitude", equalTo(34.7466f))
                    .extract()
                    .path("id");
            String sha256 = EvidenceService.sha256(photo);
            // a retry of the same bytes by the same person returns the first upload and publishes nothing
            given().auth()
                    .oauth2(cgj)
                    .multiPart("file", "整改后.jpg", photo, "image/jpeg")
                    .post("/evidence")
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(id));

            ConsumerRecord<String, String> record = kafka.await(
                            r -> id.equals(r.key())
                                    && "cc.evidence.uploaded.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)),
                            1,
                            Duration.ofSeconds(30))
                    .get(0);
            EvidenceUploaded uploaded = json.readValue(record.value(), EvidenceUploaded.class);
            assertEquals(id, uploaded.evidenceId());
            assertEquals(sha256, uploaded.sha256());
            assertEquals("cgj1", uploaded.uploadedBy());
            assertEquals("CGJ", uploaded.uploaderUnit());
            assertEquals("image/jpeg", uploaded.contentType());
            assertEquals(photo.length, uploaded.sizeBytes());
            // EXIF has no zone: the camera's clock is read in the district's (Asia/Shanghai)
            assertTrue(record.value().contains("\"takenAt\":\"2026-11-25T09:30:15+08:00\""), record.value());
            assertEquals(
                    Instant.parse("2026-11-25T01:30:15Z"), uploaded.takenAt().toInstant());
            assertEquals(34.7466, uploaded.latitude(), 1e-6);
            assertEquals(113.6253, uploaded.longitude(), 1e-6);

            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(3));
            assertEquals(
                    1,
                    all.stream()
                            .filter(r -> id.equals(r.key())
                                    && "cc.evidence.uploaded.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)))
                            .count());
        }
    }

    @Test
    void aPhotoWithoutExifIsPublishedWithoutTimeOrPosition() throws Exception {
        String inspector = KeycloakTokens.forUser("inspector1");
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            String id = given().auth()
                    .oauth2(inspector)
                    .multiPart("file", "现场.jpg", ExifJpegs.plain(), "image/jpeg")
                    .post("/evidence")
                    .then()
                    .statusCode(201)
                    .body("takenAt", nullValue())
                    .extract()
                    .path("id");
            EvidenceUploaded uploaded = json.readValue(
                    kafka.await(KafkaEvents.withKey(id), 1, Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    EvidenceUploaded.class);
            assertNull(uploaded.takenAt());
            assertNull(uploaded.latitude());
            assertNull(uploaded.uploaderUnit());
        }
    }

    @Test
    void heicIsRefusedWithWhatIsAcceptedAndHowToSwitchThePhone() {
        byte[] heic = ImageTypeTest.ftyp("heic", "mif1", "heic");
        for (String[] claimed : new String[][] {{"IMG_0001.HEIC", "image/heic"}, {"IMG_0001.jpg", "image/jpeg"}}) {
            given().auth()
                    .oauth2(KeycloakTokens.forUser("inspector1"))
                    .multiPart("file", claimed[0], heic, claimed[1])
                    .post("/evidence")
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("file"))
                    .body("errors[0].message", containsString("JPEG、PNG"))
                    .body("errors[0].message", containsString("iPhone：设置 → 相机 → 格式 → 兼容性最佳"));
        }
        // a PNG named and declared a JPEG is still what its content is; a text named .jpg still refused
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .multiPart("file", "photo.jpg", "<html>not a photo</html>".getBytes(), "image/jpeg")
                .post("/evidence")
                .then()
                .statusCode(415);
    }
}
