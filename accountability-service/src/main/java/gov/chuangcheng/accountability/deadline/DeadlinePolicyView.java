package gov.chuangcheng.accountability.deadline;

import gov.chuangcheng.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The deadline policy in force: per severity, and the standards with their own allowance (which win). */
public record DeadlinePolicyView(Map<Severity, AllowanceView> severities, List<StandardView> standards) {

    /** Office time as ISO-8601 (e.g. {@code PT4H}) or working days; exactly one is set. */
    public record AllowanceView(String officeTime, Integer workingDays) {
        static AllowanceView of(DeadlinePolicy.Allowance a) {
            return new AllowanceView(
                    a.officeTime() == null ? null : a.officeTime().toString(), a.workingDays());
        }
    }

    /**
     * A standard's own allowance. {@code source} is {@code OFFICE} (set through this API; {@code amount}, {@code unit},
     * {@code version} and who set it) or {@code CONFIG} (from {@code cc.rectification.deadline.standards}).
     */
    public record StandardView(
            String standardCode,
            String source,
            Long amount,
            String unit,
            String officeTime,
            Integer workingDays,
            String note,
            Instant updatedAt,
            String updatedBy,
            Long version) {
        static StandardView of(DeadlineOverride o) {
            DeadlinePolicy.Allowance a = o.allowance();
            return new StandardView(
                    o.standardCode,
                    "OFFICE",
                    o.amount,
                    o.unit,
                    a.officeTime() == null ? null : a.officeTime().toString(),
                    a.workingDays(),
                    o.note,
                    o.updatedAt,
                    o.updatedBy,
                    o.version);
        }

        static StandardView ofConfig(String code, DeadlinePolicy.Allowance a) {
            return new StandardView(
                    code,
                    "CONFIG",
                    null,
                    null,
                    a.officeTime() == null ? null : a.officeTime().toString(),
                    a.workingDays(),
                    null,
                    null,
                    null,
                    null);
        }
    }
}
