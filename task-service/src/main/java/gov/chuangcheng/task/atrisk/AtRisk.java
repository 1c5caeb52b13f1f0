package gov.chuangcheng.task.atrisk;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.platform.calendar.WrittenDates;
import gov.chuangcheng.task.dashboard.Readiness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The at-risk list (迎检风险清单), free of I/O: what may still cost marks on the evaluation day, ranked by the marks
 * each can still win per working hour left.
 *
 * <ul>
 *   <li>an open order (整改单) whose deadline falls after the evaluation day begins, or that is suspended (no
 *       deadline): the point may still be failing when the evaluators come. Fixing it wins its standard's
 *       {@code fullMarks ÷ points with a result} (one point of that standard turns from failing to passing); unknown
 *       (null) when its standard has no field data in the active version;</li>
 *   <li>a standard with data whose share of its full marks is below the threshold ({@code cc.at-risk.threshold}):
 *       it can still win {@code fullMarks × share lost}.</li>
 * </ul>
 *
 * marks per working hour = marks ÷ office time from now to the evaluation day (0 working hours left: none). The time
 * is the same for every item, so the list ranks by marks too; the figure says how much each working hour is worth.
 * Items of unknown marks come last; then orders before standards, then by due time and code.
 */
public final class AtRisk {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public enum Kind {
        ORDER,
        STANDARD
    }

    /** An open order as the read model keeps it. */
    public record OpenOrder(
            String id,
            String number,
            String pointCode,
            String pointName,
            String standardCode,
            String standardName,
            String unitCode,
            String unitName,
            Instant deadline,
            EscalationLevel level) {}

    /**
     * @param marks               the marks it can still win, 2 decimals; null when unknown
     * @param marksPerWorkingHour marks ÷ working hours left, 4 decimals; null without marks or working time
     * @param share               a standard's projected share of its full marks, 4 decimals
     */
    public record Item(
            Kind kind,
            String reason,
            BigDecimal marks,
            BigDecimal marksPerWorkingHour,
            String standardCode,
            String standardName,
            BigDecimal fullMarks,
            BigDecimal share,
            OpenOrder order) {}

    private AtRisk() {}

    /** The working hours between now and the evaluation day's start, 2 decimals. */
    public static BigDecimal hours(Duration officeTime) {
        return BigDecimal.valueOf(officeTime.getSeconds()).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    public static List<Item> of(
            List<OpenOrder> orders,
            List<Readiness.Standard> standards,
            Instant evaluationStarts,
            BigDecimal workingHoursLeft,
            BigDecimal threshold,
            ZoneId zone) {
        Map<String, Readiness.Standard> byCode = standards.stream()
                .collect(Collectors.toMap(Readiness.Standard::code, Function.identity(), (a, b) -> a));
        List<Item> items = new ArrayList<>();
        for (OpenOrder o : orders) {
            if (o.deadline() != null && !o.deadline().isAfter(evaluationStarts)) {
                continue;
            }
            Readiness.Standard s = byCode.get(o.standardCode());
            BigDecimal marks = orderMarks(s);
            String reason =
                    o.deadline() == null ? "整改暂停中，测评前可能无法整改到位" : "整改期限" + WrittenDates.of(o.deadline(), zone) + "晚于测评日";
            items.add(new Item(
                    Kind.ORDER,
                    reason,
                    marks,
                    perHour(marks, workingHoursLeft),
                    o.standardCode(),
                    o.standardName(),
                    s == null ? null : s.fullMarks(),
                    s == null || s.noData() ? null : share(s),
                    o));
        }
        for (Readiness.Standard s : standards) {
            if (s.noData()) {
                continue;
            }
            BigDecimal share = share(s);
            if (share.compareTo(threshold) >= 0) {
                continue;
            }
            BigDecimal marks = s.lost().setScale(2, RoundingMode.HALF_UP);
            items.add(new Item(
                    Kind.STANDARD,
                    "得分率" + percent(share) + "，低于" + percent(threshold),
                    marks,
                    perHour(marks, workingHoursLeft),
                    s.code(),
                    s.name(),
                    s.fullMarks(),
                    share,
                    null));
        }
        items.sort(Comparator.comparing(Item::marks, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Item::kind)
                .thenComparing(
                        i -> i.order() == null ? null : i.order().deadline(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(
                        i -> i.order() == null ? i.standardCode() : i.order().number(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(items);
    }

    /** One point of the standard turned from failing to passing: fullMarks ÷ points with a result. */
    private static BigDecimal orderMarks(Readiness.Standard s) {
        if (s == null || s.noData() || s.method() != AssessmentMethod.FIELD_INSPECTION) {
            return null;
        }
        return s.fullMarks().divide(BigDecimal.valueOf(s.evidence().denominator()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(Readiness.Standard s) {
        return s.projected().divide(s.fullMarks(), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal perHour(BigDecimal marks, BigDecimal hours) {
        if (marks == null || hours.signum() <= 0) {
            return null;
        }
        return marks.divide(hours, 4, RoundingMode.HALF_UP);
    }

    /** 0.625 → 62.5%, 0.8 → 80% */
    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
