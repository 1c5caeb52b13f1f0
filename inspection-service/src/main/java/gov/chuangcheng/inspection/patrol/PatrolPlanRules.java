package gov.chuangcheng.inspection.patrol;

import gov.chuangcheng.platform.problem.Problem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a well-formed patrol plan is, free of persistence: a sane date range of at most {@code maxDays} days, at most
 * {@code maxPoints} points, each an existing active point listed once. Fields are named like the request
 * ({@code pointCodes[2]}).
 */
public final class PatrolPlanRules {

    /** What the rules need to know of a point code. */
    public enum PointState {
        ACTIVE,
        INACTIVE,
        UNKNOWN
    }

    private PatrolPlanRules() {}

    public static List<Problem.FieldError> check(
            PatrolPlanRequest plan, int maxDays, int maxPoints, Function<String, PointState> points) {
        List<Problem.FieldError> errors = new ArrayList<>(checkDates(plan.startDate(), plan.lastDay(), maxDays));
        List<String> codes = plan.pointCodes();
        if (codes.size() > maxPoints) {
            errors.add(new Problem.FieldError(
                    "pointCodes", "a plan lists at most " + maxPoints + " points, this one " + codes.size()));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).trim();
            String field = "pointCodes[" + i + "]";
            if (!seen.add(code)) {
                errors.add(new Problem.FieldError(field, "point " + code + " is listed twice"));
                continue;
            }
            switch (points.apply(code)) {
                case UNKNOWN -> errors.add(new Problem.FieldError(field, "point " + code + " does not exist"));
                case INACTIVE -> errors.add(new Problem.FieldError(field, "point " + code + " is no longer active"));
                case ACTIVE -> {}
            }
        }
        return errors;
    }

    /** A range from {@code start} to {@code end}, both included, of at most {@code maxDays} days. */
    public static List<Problem.FieldError> checkDates(LocalDate start, LocalDate end, int maxDays) {
        if (start == null || end == null) {
            return List.of();
        }
        if (end.isBefore(start)) {
            return List.of(new Problem.FieldError("endDate", "must not be before startDate " + start));
        }
        long days = days(start, end);
        if (days > maxDays) {
            return List.of(
                    new Problem.FieldError("endDate", "a plan spans at most " + maxDays + " days, this one " + days));
        }
        return List.of();
    }

    /** Days from {@code start} to {@code end}, both included. */
    public static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether two inclusive date ranges share a day. */
    public static boolean overlap(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        return !start1.isAfter(end2) && !start2.isAfter(end1);
    }
}
