package gov.chuangcheng.accountability.deadline;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deadline policy (处置时限): the configured one (by severity and by standard), with the office's per-standard
 * allowances from the database put over it.
 */
@ApplicationScoped
public class DeadlinePolicyService {

    private final DeadlinePolicy configured;
    private final Clock clock;

    public DeadlinePolicyService(DeadlineConfig config, Clock clock) {
        this.clock = clock;
        Map<Severity, DeadlinePolicy.Allowance> bySeverity = new EnumMap<>(Severity.class);
        bySeverity.put(Severity.CRITICAL, allowance("critical", config.critical()));
        bySeverity.put(Severity.SERIOUS, allowance("serious", config.serious()));
        bySeverity.put(Severity.GENERAL, allowance("general", config.general()));
        Map<String, DeadlinePolicy.Allowance> byStandard = new HashMap<>();
        config.standards().forEach((code, a) -> byStandard.put(code, allowance("standards." + code, a)));
        this.configured = new DeadlinePolicy(bySeverity, byStandard);
    }

    private static DeadlinePolicy.Allowance allowance(String name, DeadlineConfig.Allowance a) {
        try {
            return new DeadlinePolicy.Allowance(
                    a.officeTime().orElse(null), a.workingDays().orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cc.rectification.deadline." + name + ": " + e.getMessage(), e);
        }
    }

    /** The deadline of an order of {@code standardCode} and {@code severity} opened (or sent back) at {@code at}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant deadline(Severity severity, String standardCode, Instant at, WorkingCalendar calendar) {
        return allowance(severity, standardCode).deadline(at, calendar);
    }

    /** The office's allowance of the standard if any, else the configured one of the standard, else the severity's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadlinePolicy.Allowance allowance(Severity severity, String standardCode) {
        Optional<DeadlineOverride> own =
                standardCode == null ? Optional.empty() : DeadlineOverride.findByIdOptional(standardCode);
        return own.map(DeadlineOverride::allowance).orElseGet(() -> configured.allowance(severity, standardCode));
    }

    /** The policy in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadlinePolicyView view() {
        Map<Severity, DeadlinePolicyView.AllowanceView> severities = new EnumMap<>(Severity.class);
        configured.severities().forEach((s, a) -> severities.put(s, DeadlinePolicyView.AllowanceView.of(a)));
        Map<String, DeadlinePolicyView.StandardView> standards = new HashMap<>();
        configured
                .standards()
                .forEach((code, a) -> standards.put(code, DeadlinePolicyView.StandardView.ofConfig(code, a)));
        DeadlineOverride.<DeadlineOverride>listAll()
                .forEach(o -> standards.put(o.standardCode, DeadlinePolicyView.StandardView.of(o)));
        List<DeadlinePolicyView.StandardView> list = new ArrayList<>(standards.values());
        list.sort(Comparator.comparing(DeadlinePolicyView.StandardView::standardCode));
        return new DeadlinePolicyView(severities, list);
    }

    /** A standard's own allowance (the office's, else the configured one), if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeadlinePolicyView.StandardView> standard(String code) {
        requireCode(code);
        Optional<DeadlineOverride> own = DeadlineOverride.findByIdOptional(code);
        if (own.isPresent()) {
            return own.map(DeadlinePolicyView.StandardView::of);
        }
        return configured.forStandard(code).map(a -> DeadlinePolicyView.StandardView.ofConfig(code, a));
    }

    /**
     * Sets the office's allowance of a standard. Replacing one the office set before requires {@code If-Match} with
     * its ETag (412 when stale, 428 when missing).
     */
    @Transactional
    public DeadlineOverride put(String code, String ifMatch, DeadlinePolicyRequest request, String by) {
        List<Problem.FieldError> errors = DeadlineRules.check(code, request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        DeadlineOverride o = DeadlineOverride.findById(code);
        if (o == null) {
            o = new DeadlineOverride();
            o.standardCode = code;
        } else {
            Versions.requireMatch(ifMatch, o.version);
        }
        DeadlinePolicy.Allowance a = DeadlineRules.allowance(request);
        o.amount = request.amount();
        o.unit = DeadlineRules.unit(request.unit()).name();
        o.officeTimeSeconds = a.officeTime() == null ? null : a.officeTime().toSeconds();
        o.workingDays = a.workingDays();
        o.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        o.updatedAt = clock.instant();
        o.updatedBy = by;
        o.persist();
        return o;
    }

    /** Removes the office's allowance of a standard (the configured one or the severity's applies again). */
    @Transactional
    public void delete(String code, String ifMatch) {
        requireCode(code);
        DeadlineOverride o = DeadlineOverride.<DeadlineOverride>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("deadline of standard", code));
        Versions.requireMatch(ifMatch, o.version);
        o.delete();
    }

    private static void requireCode(String code) {
        if (!DeadlineRules.isStandardCode(code)) {
            throw ProblemException.invalid("standardCode", "is not a standard code (e.g. S-3.1.4)");
        }
    }
}
