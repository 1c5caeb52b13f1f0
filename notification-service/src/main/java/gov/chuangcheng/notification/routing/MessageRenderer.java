package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationChangeRequested;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSentBack;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.events.rectification.RequestedChange;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the Chinese title and body of one notification from the event alone (never calling another service), with
 * the Qute templates in {@code src/main/resources/messages/<event>.title.txt} / {@code .body.txt}. Times are shown in
 * the district's zone (Asia/Shanghai). The text addresses the recipient's own unit as 您单位 and names any other unit.
 * Appeals ({@link AppealMessages}) and disputes, reassignments and dispatches ({@link ResponsibilityMessages}) have
 * classes of their own. A copy of a message for the assignee of a dispatched order ({@link Delivery#assigned()}) ends
 * with a line saying that the order was dispatched to them ({@code assignee-copy.txt}).
 */
public final class MessageRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final String UNDECIDED = OrderWords.UNDECIDED;

    private final Engine engine = Engine.builder().addDefaults().build();
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final OrderWords words;

    public MessageRenderer(ZoneId zone) {
        this.words = new OrderWords(zone);
    }

    public RenderedMessage render(EventFacts event, Delivery delivery) {
        return render(event, delivery, code -> code);
    }

    /**
     * @param unitNames the name of a unit the event names only by its code (a task's co-units), or the code itself
     */
    public RenderedMessage render(EventFacts event, Delivery delivery, Function<String, String> unitNames) {
        Map<String, Object> data = new HashMap<>();
        data.put(
                "own",
                delivery != null && event.unitCode() != null && event.unitCode().equals(delivery.recipientUnitCode()));
        data.put(
                "coUnit",
                delivery != null
                        && event.coUnitCodes().contains(delivery.recipientUnitCode())
                        && !Boolean.TRUE.equals(data.get("own")));
        data.put("coUnitNames", event.coUnitCodes().stream().map(unitNames).collect(Collectors.joining("、")));
        // the order's named handler (经办人), reached in person rather than as a unit
        Assignee assignee = event.assignee();
        data.put(
                "person",
                delivery != null
                        && assignee != null
                        && assignee.username() != null
                        && assignee.username().trim().equals(delivery.recipient()));
        String name = templateName(event, delivery, data);
        String body = apply(name + ".body.txt", data).strip();
        if (delivery != null && delivery.assigned() && !(event.payload() instanceof RectificationDispatched)) {
            // a copy of the responsible unit's message for the assignee says why it reached them
            body += "\n" + apply("assignee-copy.txt", data).strip();
        }
        return new RenderedMessage(apply(name + ".title.txt", data).strip(), body);
    }

    private String templateName(EventFacts event, Delivery delivery, Map<String, Object> data) {
        Record payload = event.payload();
        String name = AppealMessages.fill(payload, data, words);
        if (name == null) {
            name = ResponsibilityMessages.fill(payload, delivery, data, words);
        }
        if (name == null) {
            name = NoticeMessages.fill(payload, delivery, data);
        }
        if (name == null && payload instanceof RectificationChangeRequested e) {
            // a request waits for the office from the moment it is filed
            words.order(e.order(), data);
            data.put("date", words.day(e.at()));
            data.put("extension", e.change() == RequestedChange.EXTENSION);
            data.put("workingDays", e.workingDays());
            data.put("reason", e.reason());
            name = "rectification-change-requested";
        }
        if (name != null) {
            return name;
        }
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
            data.put(
                    "previousLevelName",
                    e.previousLevel() == null ? "" : e.previousLevel().displayName());
            data.put("reasonName", e.reason() == null ? "升级" : e.reason().displayName());
            // 提醒 comes before the deadline and a manual rung has a person and a reason: neither reads "因…升级"
            data.put("dueSoon", e.reason() == EscalationReason.DUE_SOON);
            data.put("manual", e.reason() == EscalationReason.MANUAL);
            // a 通报 rung is circulated in the office's next notice document, not by a copy to every unit
            data.put("awaitsNotice", e.level() == EscalationLevel.NOTICE);
            data.put("by", e.by());
            data.put("comment", e.comment());
            return "rectification-escalated";
        }
        if (payload instanceof RectificationEvidenceAdded e) {
            order(e.order(), data);
            // when the problem was found again, not when accountability-service attached it
            OffsetDateTime found = e.findingAt() == null ? e.at() : e.findingAt();
            data.put("date", found == null ? "" : day(found));
            data.put("sourcePhrase", e.source() == OrderSource.PROBLEM_REPORT ? "群众再次举报该问题" : "巡查再次发现该问题");
            data.put("description", e.description());
            data.put("evidenceCount", e.evidenceIds().size());
            data.put("reports", e.reports());
            data.put("priorityVerification", e.priorityVerification());
            return "rectification-evidence-added";
        }
        if (payload instanceof RectificationAcknowledged e) {
            order(e.order(), data);
            data.put("date", e.at() == null ? "" : day(e.at()));
            data.put("by", e.by());
            return "rectification-acknowledged";
        }
        if (payload instanceof RectificationSubmitted e) {
            order(e.order(), data);
            data.put("date", e.at() == null ? "" : day(e.at()));
            data.put("description", e.description());
            data.put(
                    "evidenceCount",
                    e.evidenceIds() == null ? 0 : e.evidenceIds().size());
            return "rectification-submitted";
        }
        if (payload instanceof RectificationExtended e) {
            order(e.order(), data);
            data.put("previousDeadline", e.previousDeadline() == null ? UNDECIDED : dayTime(e.previousDeadline()));
            data.put("newDeadline", e.newDeadline() == null ? UNDECIDED : dayTime(e.newDeadline()));
            data.put("reason", e.reason());
            return "rectification-extended";
        }
        if (payload instanceof RectificationSuspended e) {
            order(e.order(), data);
            data.put("date", e.at() == null ? "" : day(e.at()));
            data.put("reason", e.reason());
            return "rectification-suspended";
        }
        if (payload instanceof RectificationResumed e) {
            order(e.order(), data);
            data.put("date", e.at() == null ? "" : day(e.at()));
            return "rectification-resumed";
        }
        if (payload instanceof RectificationSentBack e) {
            order(e.order(), data);
            data.put("date", e.at() == null ? "" : day(e.at()));
            data.put("reason", e.reason());
            return "rectification-sent-back";
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
            data.put("closure", closure(e));
            data.put("reason", e.reason());
            data.put(
                    "mergedInto",
                    e.mergedInto() == null || e.mergedInto().number() == null
                            ? "其他工单"
                            : "工单 " + e.mergedInto().number());
            return "rectification-closed";
        }
        if (payload instanceof TaskOverdue e) {
            data.put("title", e.title());
            data.put("unitName", e.leadUnitName() == null ? e.leadUnitCode() : e.leadUnitName());
            data.put("dueDate", e.dueDate() == null ? "" : day(e.dueDate()));
            return "task-overdue";
        }
        if (payload instanceof TaskAssigned e) {
            data.put("title", e.title());
            data.put("unitName", e.leadUnitName() == null ? e.leadUnitCode() : e.leadUnitName());
            data.put("standardName", e.standardName());
            data.put("dueDate", e.dueDate() == null ? "另行通知的日期" : day(e.dueDate()));
            return "task-assigned";
        }
        if (payload instanceof TaskCompleted e) {
            data.put("title", e.title());
            data.put("unitName", e.leadUnitName() == null ? e.leadUnitCode() : e.leadUnitName());
            data.put("date", e.completedAt() == null ? "" : day(e.completedAt()));
            data.put("dueDate", e.dueDate() == null ? "" : day(e.dueDate()));
            data.put("onTime", e.onTime());
            return "task-completed";
        }
        if (payload instanceof TaskSubmitted e) {
            data.put("title", e.title());
            data.put("unitName", e.leadUnitName() == null ? e.leadUnitCode() : e.leadUnitName());
            data.put("date", e.submittedAt() == null ? "" : day(e.submittedAt()));
            data.put("dueDate", e.dueDate() == null ? "" : day(e.dueDate()));
            return "task-submitted";
        }
        if (payload instanceof TaskRejected e) {
            data.put("title", e.title());
            data.put("unitName", e.leadUnitName() == null ? e.leadUnitCode() : e.leadUnitName());
            data.put("date", e.rejectedAt() == null ? "" : day(e.rejectedAt()));
            data.put("dueDate", e.dueDate() == null ? "" : day(e.dueDate()));
            data.put("reason", e.reason());
            return "task-rejected";
        }
        if (payload instanceof EndpointDisabled e) {
            data.put("name", e.name());
            data.put("url", e.url());
            data.put("owner", e.owner() == null ? "创城办" : e.owner());
            data.put("reason", e.reason());
            data.put("subscriptionId", e.subscriptionId());
            data.put("date", e.at() == null ? "" : dayTime(e.at()));
            return "webhook-disabled";
        }
        throw new IllegalArgumentException("no template for " + event.eventType());
    }

    /**
     * How the closure reads: only a fixed one may say 经复查合格; an upheld appeal of an old event keeps its own words.
     * The switch has no default so that a new closure does not compile into the fixed wording by accident.
     */
    private static String closure(RectificationClosed e) {
        return switch (e.closureOrDefault()) {
            case REINSPECTION -> "fixed";
            case VOIDED -> "voided";
            case APPEAL_UPHELD -> "appeal";
            case MERGED -> "merged";
        };
    }

    private void order(OrderRef order, Map<String, Object> data) {
        words.order(order, data);
    }

    private String day(OffsetDateTime t) {
        return words.day(t);
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }

    private String dayTime(OffsetDateTime t) {
        return words.dayTime(t);
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
