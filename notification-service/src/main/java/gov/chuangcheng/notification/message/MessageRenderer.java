package gov.chuangcheng.notification.message;

import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.notification.routing.Delivery;
import gov.chuangcheng.notification.routing.EventFacts;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the Chinese title and body of one notification from the event alone (never calling another service), with
 * the Qute templates in {@code src/main/resources/messages/<event>.title.txt} / {@code .body.txt}. Times are shown in
 * the district's zone (Asia/Shanghai). The text addresses the recipient's own unit as 您单位 and names any other unit.
 */
public final class MessageRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final String UNDECIDED = "另行通知的期限";

    private final Engine engine = Engine.builder().addDefaults().build();
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final ZoneId zone;

    public MessageRenderer(ZoneId zone) {
        this.zone = zone;
    }

    public RenderedMessage render(EventFacts event, Delivery delivery) {
        Map<String, Object> data = new HashMap<>();
        data.put("own", delivery != null && event.unitCode() != null
                && event.unitCode().equals(delivery.recipientUnitCode()));
        String name = templateName(event, data);
        return new RenderedMessage(apply(name + ".title.txt", data).strip(), apply(name + ".body.txt", data).strip());
    }

    private String templateName(EventFacts event, Map<String, Object> data) {
        Record payload = event.payload();
        if (payload instanceof RectificationOpened e) {
            order(e.order(), data);
            data.put("date", day(e.openedAt()));
            data.put("sourceWord", e.source() == OrderSource.PROBLEM_REPORT ? "群众举报" : "巡查");
            data.put("description", e.description());
            return "rectification-opened";
        }
        if (payload instanceof RectificationEscalated e) {
            order(e.order(), data);
            data.put("levelName", e.level() == null ? "" : e.level().displayName());
            data.put("previousLevelName", e.previousLevel() == null ? "" : e.previousLevel().displayName());
            data.put("reasonName", e.reason() == null ? "升级" : e.reason().displayName());
            return "rectification-escalated";
        }
        if (payload instanceof VerificationRequested e) {
            order(e.order(), data);
            data.put("dueBy", e.dueBy() == null ? UNDECIDED : dayTime(e.dueBy()));
            return "verification-requested";
        }
        if (payload instanceof RectificationClosed e) {
            order(e.order(), data);
            data.put("date", e.at() == null ? "" : day(e.at()));
            data.put("onTime", e.onTime());
            return "rectification-closed";
        }
        if (payload instanceof AppealDecided e) {
            order(e.order(), data);
            data.put("decisionName", e.decision() == null ? "" : e.decision().displayName());
            data.put("comment", e.comment());
            return "appeal-decided";
        }
        if (payload instanceof TaskOverdue e) {
            data.put("title", e.title());
            data.put("unitName", e.leadUnitName() == null ? e.leadUnitCode() : e.leadUnitName());
            data.put("dueDate", e.dueDate() == null ? "" : day(e.dueDate()));
            return "task-overdue";
        }
        throw new IllegalArgumentException("no template for " + event.eventType());
    }

    private void order(OrderRef order, Map<String, Object> data) {
        data.put("number", order.number());
        data.put("pointName", order.pointName());
        data.put("standardName", order.standardName());
        data.put("unitName", order.unitName() == null ? order.unitCode() : order.unitName());
        data.put("severityName", order.severity() == null ? "" : order.severity().displayName());
        data.put("levelName", order.level() == null ? "" : order.level().displayName());
        data.put("hasDeadline", order.deadline() != null);
        data.put("deadline", order.deadline() == null ? UNDECIDED : dayTime(order.deadline()));
    }

    private String day(OffsetDateTime t) {
        return t.atZoneSameInstant(zone).format(DAY);
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }

    private String dayTime(OffsetDateTime t) {
        return t.atZoneSameInstant(zone).format(DAY_TIME);
    }

    private String apply(String file, Map<String, Object> data) {
        Template template = templates.computeIfAbsent(file, this::load);
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private Template load(String file) {
        try (InputStream in = MessageRenderer.class.getClassLoader().getResourceAsStream("messages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("template messages/" + file + " is missing");
            }
            return engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
