package gov.chuangcheng.notification;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Shared set-up of the notification tests: directory units with contacts, domain events, GreenMail's mailboxes. */
public final class Fixtures {

    private Fixtures() {}

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A unique e-mail address (GreenMail creates the mailbox on first delivery). */
    public static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@chuangcheng.local";
    }

    public static UnitContact contact(String name, ContactRole role, String email, String username) {
        return new UnitContact(name, role, "13800000000", email, username);
    }

    /** Publishes a unit as task-service would and waits until this service's directory read model has it. */
    public static void unit(
            TopicNames topics,
            ObjectMapper json,
            UnitDirectory directory,
            String code,
            String name,
            UnitKind kind,
            UnitContact... contacts) {
        UnitUpserted unit = new UnitUpserted(code, name, kind, null, true, List.of(contacts));
        TestEvents.publish(topics.of(Topic.DIRECTORY), EventCatalog.UNIT_UPSERTED, code, unit, json);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> directory.find(code).filter(unit::equals).isPresent()));
    }

    /** Publishes a unit below {@code parentCode} and waits until this service's directory read model has it. */
    public static void childUnit(
            TopicNames topics,
            ObjectMapper json,
            UnitDirectory directory,
            String code,
            String name,
            UnitKind kind,
            String parentCode,
            UnitContact... contacts) {
        UnitUpserted unit = new UnitUpserted(code, name, kind, parentCode, true, List.of(contacts));
        TestEvents.publish(topics.of(Topic.DIRECTORY), EventCatalog.UNIT_UPSERTED, code, unit, json);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> directory.find(code).filter(unit::equals).isPresent()));
    }

    /**
     * Retires units a test created (inactive, no contacts), so that later tests' audiences — every campaign office,
     * every unit — are what they expect.
     */
    public static void retire(TopicNames topics, ObjectMapper json, UnitDirectory directory, String... codes) {
        for (String code : codes) {
            QuarkusTransaction.requiringNew().call(() -> directory.find(code)).ifPresent(u -> {
                UnitUpserted retired = new UnitUpserted(u.code(), u.name(), u.kind(), u.parentCode(), false, List.of());
                TestEvents.publish(topics.of(Topic.DIRECTORY), EventCatalog.UNIT_UPSERTED, code, retired, json);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> directory
                                        .find(code)
                                        .filter(retired::equals)
                                        .isPresent()));
            });
        }
    }

    /** Whether this service's routing consumer has processed the event (its id is in the inbox table). */
    public static boolean routed(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                        .createNativeQuery(
                                                "select count(*) from inbox_event where consumer = 'notification-routing' and event_id = ?1")
                                        .setParameter(1, eventId)
                                        .getSingleResult())
                                .longValue()
                        > 0);
    }

    public static OrderRef order(String unitCode, String unitName, String pointName, EscalationLevel level) {
        String id = UUID.randomUUID().toString();
        return new OrderRef(
                id,
                "ZG-2026-" + id.substring(0, 6),
                "p-" + id.substring(0, 8),
                "P-" + id.substring(0, 4),
                pointName,
                "S-3.2.1",
                "生熟分区",
                unitCode,
                unitName,
                Severity.GENERAL,
                OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                level);
    }

    /** The order dispatched inside its unit (派遣) to {@code assignee}; null for one that is not dispatched. */
    public static OrderRef dispatchedTo(OrderRef o, Assignee assignee) {
        return new OrderRef(
                o.id(),
                o.number(),
                o.pointId(),
                o.pointCode(),
                o.pointName(),
                o.standardCode(),
                o.standardName(),
                o.unitCode(),
                o.unitName(),
                o.severity(),
                o.deadline(),
                o.level(),
                assignee);
    }

    /** The order after the office moved it to another unit (改派): back at 未升级, with a fresh deadline. */
    public static OrderRef movedTo(OrderRef o, String unitCode, String unitName, OffsetDateTime deadline) {
        return new OrderRef(
                o.id(),
                o.number(),
                o.pointId(),
                o.pointCode(),
                o.pointName(),
                o.standardCode(),
                o.standardName(),
                unitCode,
                unitName,
                o.severity(),
                deadline,
                EscalationLevel.NONE,
                null);
    }

    public static RectificationOpened opened(OrderRef order) {
        return new RectificationOpened(
                order,
                OrderSource.INSPECTION,
                "insp-1",
                null,
                List.of(),
                false,
                OffsetDateTime.parse("2026-11-25T02:00:00Z"));
    }

    /** A 12345 report of the order's problem attached to it (补充线索), its {@code reports}-th finding. */
    public static RectificationEvidenceAdded evidenceAdded(OrderRef order, int reports, boolean priorityVerification) {
        return new RectificationEvidenceAdded(
                order,
                OrderSource.PROBLEM_REPORT,
                "req-" + order.id().substring(0, 8),
                "市民反映摊位仍占道经营",
                List.of("ev-1", "ev-2"),
                OffsetDateTime.parse("2026-11-26T01:00:00Z"),
                reports,
                priorityVerification,
                OffsetDateTime.parse("2026-11-26T01:05:00Z"));
    }

    /** A mail as GreenMail stored it: decoded subject, Message-ID, decoded text body. */
    public record ReceivedMail(String subject, String messageId, String from, String body) {}

    /** The mails in {@code address}'s GreenMail INBOX (REST API on 127.0.0.1:8025). */
    public static List<ReceivedMail> mailbox(String address, ObjectMapper json) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:8025/api/user/" + address + "/messages/INBOX"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<ReceivedMail> mails = new ArrayList<>();
            if (response.statusCode() != 200) {
                return mails; // no mailbox yet: nothing delivered
            }
            for (JsonNode m : json.readTree(response.body())) {
                // mimeMessage is the raw message with each byte as one ISO-8859-1 character
                String raw = new String(
                        m.get("mimeMessage").asText().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                mails.add(new ReceivedMail(
                        m.get("subject").asText(), m.path("Message-ID").asText(null), header(raw, "From"), body(raw)));
            }
            return mails;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(String raw, String name) {
        for (String line : raw.split("\r?\n")) {
            if (line.isEmpty()) {
                return null;
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }

    /** The text of a single-part text/plain message in 8bit, quoted-printable or base64. */
    private static String body(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        int skip = 4;
        if (split < 0) {
            split = raw.indexOf("\n\n");
            skip = 2;
        }
        String content = raw.substring(split + skip);
        String encoding =
                String.valueOf(header(raw, "Content-Transfer-Encoding")).toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (encoding.contains("base64")) {
            bytes = Base64.getMimeDecoder().decode(content.trim());
        } else if (encoding.contains("quoted-printable")) {
            bytes = quotedPrintable(content);
        } else {
            return content;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] quotedPrintable(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] in = s.replace("=\r\n", "").replace("=\n", "").getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '=' && i + 2 < in.length) {
                out.write(Integer.parseInt(new String(in, i + 1, 2, StandardCharsets.ISO_8859_1), 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }
}
