package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.accountability.deadline.DeadlineRules;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The escalation ladder as a policy: the configured one ({@code cc.escalation.*}), over which the office sets its own
 * per severity and per standard (a standard's wins). An order takes the ladder in force when it opens and keeps it:
 * a change never re-times an open order. The ETag of a scope's ladder is its row id, a new one at every change.
 */
@ApplicationScoped
public class LadderPolicies {

    private final EscalationLadder configured;
    private final Clock clock;
    /** Rows never change once written (retiring one does not change its ladder), so their ladders are kept. */
    private final Map<Long, EscalationLadder> ladders = new ConcurrentHashMap<>();

    public LadderPolicies(EscalationConfig config, Clock clock) {
        this.clock = clock;
        this.configured = new EscalationLadder(
                config.reminderBefore(),
                Delay.parse(config.noticeAfter()),
                Delay.parse(config.talkAfter()),
                Delay.parse(config.accountabilityAfter()));
    }

    public EscalationLadder configured() {
        return configured;
    }

    /** The office's ladder in force for a new order of {@code standardCode} and {@code severity}, if it set one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> inForce(Severity severity, String standardCode) {
        return current(LadderPolicy.Scope.STANDARD, standardCode)
                .or(() -> current(LadderPolicy.Scope.SEVERITY, severity.name()))
                .map(p -> p.id);
    }

    /** The ladder of an order: the office's row it opened under, or the configured one ({@code null}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EscalationLadder ladder(Long policyId) {
        if (policyId == null) {
            return configured;
        }
        return ladders.computeIfAbsent(
                policyId,
                id -> LadderPolicy.<LadderPolicy>findByIdOptional(id)
                        .map(LadderPolicy::ladder)
                        .orElse(configured));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LadderView view(boolean history) {
        List<LadderView.Ladder> severities = new ArrayList<>();
        List<LadderView.Ladder> standards = new ArrayList<>();
        LadderPolicy.<LadderPolicy>list(
                        history ? "order by scope, scopeKey, id" : "retiredAt is null order by scope, scopeKey, id")
                .forEach(p ->
                        (p.scope == LadderPolicy.Scope.SEVERITY ? severities : standards).add(LadderView.Ladder.of(p)));
        return new LadderView(LadderView.Ladder.configured(configured), severities, standards);
    }

    /** The office's ladder of a scope in force; 404 when it set none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LadderPolicy get(LadderPolicy.Scope scope, String key) {
        return current(scope, checkedKey(scope, key))
                .orElseThrow(() -> ProblemException.notFound(
                        "escalation ladder of " + scope.name().toLowerCase(), key));
    }

    /**
     * Sets the ladder of a scope for orders opened from now on: a new row, retiring the one in force, which replacing
     * needs {@code If-Match} with its ETag (412 stale, 428 missing).
     */
    @Transactional
    public LadderPolicy set(LadderPolicy.Scope scope, String key, String ifMatch, LadderPolicyRequest r, String by) {
        String scopeKey = checkedKey(scope, key);
        EscalationLadder checked = check(r);
        Instant now = clock.instant();
        current(scope, scopeKey).ifPresent(old -> retire(old, ifMatch, by, now));
        LadderPolicy p = new LadderPolicy();
        p.scope = scope;
        p.scopeKey = scopeKey;
        p.reminderBefore = checked.reminderBefore().toString();
        p.noticeAfter = checked.noticeAfter().text();
        p.talkAfter = checked.talkAfter().text();
        p.accountabilityAfter = checked.accountabilityAfter().text();
        p.top = checked.top();
        p.note = r.note() == null || r.note().isBlank() ? null : r.note().trim();
        p.setBy = by;
        p.setAt = now;
        p.persistAndFlush();
        return p;
    }

    /** Retires the office's ladder of a scope: the severity's or the configured one applies to new orders again. */
    @Transactional
    public void remove(LadderPolicy.Scope scope, String key, String ifMatch, String by) {
        retire(get(scope, key), ifMatch, by, clock.instant());
    }

    private static void retire(LadderPolicy old, String ifMatch, String by, Instant at) {
        Versions.requireMatch(ifMatch, old.id);
        old.retiredAt = at;
        old.retiredBy = by;
        old.flush();
    }

    private static Optional<LadderPolicy> current(LadderPolicy.Scope scope, String key) {
        return key == null
                ? Optional.empty()
                : LadderPolicy.<LadderPolicy>find("scope = ?1 and scopeKey = ?2 and retiredAt is null", scope, key)
                        .firstResultOptional();
    }

    private static String checkedKey(LadderPolicy.Scope scope, String key) {
        if (scope == LadderPolicy.Scope.STANDARD) {
            if (!DeadlineRules.isStandardCode(key)) {
                throw ProblemException.invalid("standardCode", "is not a standard code (e.g. S-3.1.4)");
            }
            return key;
        }
        try {
            return Severity.valueOf(key).name();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("severity", "must be one of CRITICAL, SERIOUS, GENERAL");
        }
    }

    /** The ladder a request describes, or 400 naming every field that is wrong. */
    static EscalationLadder check(LadderPolicyRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Duration reminder = null;
        try {
            reminder = Duration.parse(r.reminderBefore().trim());
            if (reminder.isNegative() || reminder.isZero()) {
                errors.add(new Problem.FieldError("reminderBefore", "must be a positive office time, e.g. PT2H"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("reminderBefore", "must be an ISO-8601 office time, e.g. PT2H"));
        }
        Delay notice = delay("noticeAfter", r.noticeAfter(), errors);
        Delay talk = delay("talkAfter", r.talkAfter(), errors);
        Delay accountability = delay("accountabilityAfter", r.accountabilityAfter(), errors);
        if (r.top().compareTo(EscalationLevel.SUPERVISION) < 0) {
            errors.add(new Problem.FieldError("top", "the clock climbs at least to SUPERVISION (督办, overdue)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new EscalationLadder(reminder, notice, talk, accountability, r.top());
    }

    private static Delay delay(String field, String text, List<Problem.FieldError> errors) {
        try {
            Delay d = Delay.parse(text);
            if (d.workingDays() != null && d.workingDays() > 60) {
                errors.add(new Problem.FieldError(field, "must be at most 60 working days"));
            }
            return d;
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(
                    field, "must be working days (e.g. 3) or a positive ISO-8601 office time (e.g. PT4H)"));
            return null;
        }
    }
}
