package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.calendar.WorkingCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's rectification rates, each only once it has at least {@code minimumSample} orders behind it (so one order
 * closed in four minutes does not top the table):
 * <ul>
 *     <li>按期整改率 on-time rate: orders closed on time (by the possibly extended deadline) / orders closed;</li>
 *     <li>返工率 rework rate: orders with a failed re-inspection / orders re-inspected at least once;</li>
 *     <li>mean time to rectify: office time from opening to 销号, in working hours, over the orders closed.</li>
 * </ul>
 * Orders withdrawn on an upheld appeal count in none of them.
 */
public record UnitRates(int closed, BigDecimal onTimeRate, int reinspected, BigDecimal reworkRate,
                        BigDecimal meanWorkingHoursToRectify, Integer onTimeRank) {

    /** What the rates need of one order. */
    public record OrderFacts(String unitCode, Instant openedAt, Instant closedAt, boolean closedOnTime,
                             int reinspectionFailures, boolean closedByAppeal) {
        boolean closedByReinspection() {
            return closedAt != null && !closedByAppeal;
        }
    }

    public static final UnitRates NONE = new UnitRates(0, null, 0, null, null, null);

    /** Whether the on-time rate and the mean time count (enough closed orders). */
    public boolean rated() {
        return onTimeRate != null;
    }

    /** The rates of every unit that has orders, with the on-time rank among the rated units (ties share a rank). */
    public static Map<String, UnitRates> of(Collection<OrderFacts> orders, int minimumSample,
                                            WorkingCalendar calendar) {
        if (minimumSample < 1) {
            throw new IllegalArgumentException("the minimum sample is at least one order");
        }
        Map<String, List<OrderFacts>> byUnit = new HashMap<>();
        orders.forEach(o -> byUnit.computeIfAbsent(o.unitCode(), u -> new ArrayList<>()).add(o));
        Map<String, UnitRates> rates = new HashMap<>();
        byUnit.forEach((unit, list) -> rates.put(unit, unit(list, minimumSample, calendar)));
        List<Map.Entry<String, UnitRates>> rated = rates.entrySet().stream().filter(e -> e.getValue().rated())
                .sorted(Comparator.comparing((Map.Entry<String, UnitRates> e) -> e.getValue().onTimeRate()).reversed())
                .toList();
        for (int i = 0; i < rated.size(); i++) {
            UnitRates r = rated.get(i).getValue();
            int rank = i + 1;
            if (i > 0 && rated.get(i - 1).getValue().onTimeRate().compareTo(r.onTimeRate()) == 0) {
                rank = rates.get(rated.get(i - 1).getKey()).onTimeRank();
            }
            rates.put(rated.get(i).getKey(), new UnitRates(r.closed, r.onTimeRate, r.reinspected, r.reworkRate,
                    r.meanWorkingHoursToRectify, rank));
        }
        return rates;
    }

    private static UnitRates unit(List<OrderFacts> orders, int minimumSample, WorkingCalendar calendar) {
        List<OrderFacts> counted = orders.stream().filter(o -> !o.closedByAppeal()).toList();
        List<OrderFacts> closed = counted.stream().filter(OrderFacts::closedByReinspection).toList();
        List<OrderFacts> reinspected = counted.stream()
                .filter(o -> o.closedByReinspection() || o.reinspectionFailures() > 0).toList();
        BigDecimal onTime = null;
        BigDecimal meanHours = null;
        if (closed.size() >= minimumSample) {
            onTime = ratio(closed.stream().filter(OrderFacts::closedOnTime).count(), closed.size());
            Duration total = closed.stream().map(o -> calendar.officeTimeBetween(o.openedAt(), o.closedAt()))
                    .reduce(Duration.ZERO, Duration::plus);
            meanHours = BigDecimal.valueOf(total.toSeconds())
                    .divide(BigDecimal.valueOf(3600L * closed.size()), 1, RoundingMode.HALF_UP);
        }
        BigDecimal rework = reinspected.size() >= minimumSample
                ? ratio(reinspected.stream().filter(o -> o.reinspectionFailures() > 0).count(), reinspected.size())
                : null;
        return new UnitRates(closed.size(), onTime, reinspected.size(), rework, meanHours, null);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
