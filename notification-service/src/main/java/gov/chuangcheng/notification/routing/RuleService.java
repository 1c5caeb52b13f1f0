package gov.chuangcheng.notification.routing;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The office's routing rules: validated, versioned, read by {@link NotificationRouter} for every event. */
@ApplicationScoped
public class RuleService {

    private final Clock clock;

    public RuleService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public NotificationRule create(RuleRequest request) {
        validate(request);
        NotificationRule rule = new NotificationRule();
        rule.id = UUID.randomUUID();
        rule.createdAt = clock.instant();
        apply(rule, request);
        rule.persist();
        return rule;
    }

    @Transactional
    public NotificationRule update(UUID id, String ifMatch, RuleRequest request) {
        NotificationRule rule = require(id);
        Versions.requireMatch(ifMatch, rule.version);
        validate(request);
        apply(rule, request);
        NotificationRule.getEntityManager().flush(); // the new version for the ETag
        return rule;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        NotificationRule rule = require(id);
        Versions.requireMatch(ifMatch, rule.version);
        rule.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationRule require(UUID id) {
        return NotificationRule.<NotificationRule>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("notification rule", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationRule> list(String eventType, PageRequest paging) {
        Map<String, Object> params = new HashMap<>();
        String where = "1 = 1";
        if (eventType != null && !eventType.isBlank()) {
            where += " and eventType = :type";
            params.put("type", eventType);
        }
        return Page.of(
                NotificationRule.<NotificationRule>find(where + " order by eventType, level, name, id", params),
                paging,
                r -> r);
    }

    /** The enabled rules for one event type, as the matcher sees them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingRule> rulesFor(String eventType) {
        return NotificationRule.<NotificationRule>list("eventType = ?1 and enabled = true", eventType).stream()
                .map(NotificationRule::toRoutingRule)
                .toList();
    }

    private void validate(RuleRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!RoutedEvents.isRoutable(request.eventType())) {
            errors.add(new Problem.FieldError("eventType", "must be one of " + RoutedEvents.routableTypes()));
        } else if (!RoutedEvents.hasOrder(request.eventType())) {
            if (request.level() != null) {
                errors.add(new Problem.FieldError("level", request.eventType() + " has no escalation level"));
            }
            if (request.minSeverity() != null) {
                errors.add(new Problem.FieldError("minSeverity", request.eventType() + " has no severity"));
            }
        }
        if (request.audience() == Audience.CO_UNITS && !RoutedEvents.hasCoUnits(request.eventType())) {
            errors.add(new Problem.FieldError("audience", request.eventType() + " names no co-units"));
        }
        if (request.audience() == Audience.FORMER_UNIT && !RoutedEvents.hasFormerUnit(request.eventType())) {
            errors.add(new Problem.FieldError("audience", request.eventType() + " names no former unit"));
        }
        if (request.audience() == Audience.MAIN_RECIPIENTS && !RoutedEvents.hasMainRecipients(request.eventType())) {
            errors.add(new Problem.FieldError("audience", "只有通报印发（cc.notice.issued.v1）有主送单位"));
        }
        if (request.audience() == Audience.ASSIGNEE && !RoutedEvents.hasOrder(request.eventType())) {
            errors.add(new Problem.FieldError("audience", request.eventType() + " has no order to dispatch"));
        }
        if (request.channels() != null
                && request.channels().contains(gov.chuangcheng.events.notification.NotificationChannel.WEBHOOK)) {
            errors.add(new Problem.FieldError(
                    "channels", "WEBHOOK is not a per-person channel; systems subscribe to webhooks instead"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(NotificationRule rule, RuleRequest request) {
        rule.name = request.name().trim();
        rule.eventType = request.eventType();
        rule.level = request.level();
        rule.minSeverity = request.minSeverity();
        rule.unitCode = request.unitCode();
        rule.audience = request.audience();
        rule.roles = NotificationRule.join(request.roles());
        rule.channels = NotificationRule.join(request.channels());
        rule.enabled = request.enabled() == null || request.enabled();
        rule.updatedAt = clock.instant();
    }
}
