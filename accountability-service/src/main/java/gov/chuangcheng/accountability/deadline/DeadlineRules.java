package gov.chuangcheng.accountability.deadline;

import gov.chuangcheng.platform.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What the office may enter as a standard's own deadline: checked field by field. */
public final class DeadlineRules {

    /** Standard codes as the evaluation system (测评体系) spells them, e.g. {@code S-3.1.4}. */
    private static final Pattern STANDARD_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    /** Units of time a standard's allowance is given in; office time runs only in office hours. */
    public enum Unit {
        WORKING_MINUTES(28_800),
        WORKING_HOURS(480),
        WORKING_DAYS(60);

        /** The most of this unit the office may grant (about 60 working days): a typo should not go through. */
        final long max;

        Unit(long max) {
            this.max = max;
        }
    }

    private DeadlineRules() {}

    public static boolean isStandardCode(String code) {
        return code != null && STANDARD_CODE.matcher(code).matches();
    }

    /** The field errors of an override of {@code standardCode}; empty when it is valid. */
    public static List<Problem.FieldError> check(String standardCode, DeadlinePolicyRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!isStandardCode(standardCode)) {
            errors.add(new Problem.FieldError(
                    "standardCode",
                    "1–32 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. S-3.1.4)"));
        }
        Unit unit = null;
        if (request.unit() == null || request.unit().isBlank()) {
            errors.add(new Problem.FieldError("unit", "is required: one of " + Arrays.toString(Unit.values())));
        } else {
            unit = unit(request.unit());
            if (unit == null) {
                errors.add(new Problem.FieldError(
                        "unit",
                        "unknown unit of time '" + request.unit() + "': one of " + Arrays.toString(Unit.values())));
            }
        }
        if (request.amount() == null) {
            errors.add(new Problem.FieldError("amount", "is required"));
        } else if (request.amount() <= 0) {
            errors.add(new Problem.FieldError("amount", "must be positive"));
        } else if (unit != null && request.amount() > unit.max) {
            errors.add(new Problem.FieldError("amount", "must be at most " + unit.max + " " + unit));
        }
        if (request.note() != null && request.note().length() > 500) {
            errors.add(new Problem.FieldError("note", "must be at most 500 characters"));
        }
        return errors;
    }

    static Unit unit(String value) {
        try {
            return Unit.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The allowance of a valid request. */
    public static DeadlinePolicy.Allowance allowance(DeadlinePolicyRequest request) {
        long amount = request.amount();
        return switch (unit(request.unit())) {
            case WORKING_MINUTES -> DeadlinePolicy.Allowance.officeTime(Duration.ofMinutes(amount));
            case WORKING_HOURS -> DeadlinePolicy.Allowance.officeTime(Duration.ofHours(amount));
            case WORKING_DAYS -> DeadlinePolicy.Allowance.workingDays((int) amount);
        };
    }
}
