package gov.chuangcheng.accountability.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
public record UnitRates(
        int closed,
        BigDecimal onTimeRate,
        int reinspected,
        BigDecimal reworkRate,
        BigDecimal meanWorkingHoursToRectify,
        Integer onTimeRank) {

    /**
     * What the rates need of one unit, counted by the database over its orders that were not withdrawn on appeal:
     * orders closed by re-inspection (销号), of them closed on time, the office time they took in all (stored on each
     * order when it closed), orders re-inspected (closed, or with a failed re-inspection) and of them reworked.
     */
    public record Tally(
            String unitCode, int closed, int closedOnTime, long officeSecondsToClose, int reinspected, int reworked) {}

    public static final UnitRates NONE = new UnitRates(0, null, 0, null, null, null);

    /** Whether the on-time rate and the mean time count (enough closed orders). */
    public boolean rated() {
        return onTimeRate != null;
    }

    /** The rates of every unit that has orders, with the on-time rank among the rated units (ties share a rank). */
    public static Map<String, UnitRates> of(Collection<Tally> tallies, int minimumSample) {
        if (minimumSample < 1) {
            throw new IllegalArgumentException("the minimum sample is at least one order");
        }
        Map<String, UnitRates> rates = new HashMap<>();
        tallies.forEach(t -> rates.put(t.unitCode(), unit(t, minimumSample)));
        List<Map.Entry<String, UnitRates>> rated = rates.entrySet().stream()
                .filter(e -> e.getValue().rated())
                .sorted(Comparator.comparing(
                                (Map.Entry<String, UnitRates> e) -> e.getValue().onTimeRate())
                        .reversed())
                .toList();
        for (int i = 0; i < rated.size(); i++) {
            UnitRates r = rated.get(i).getValue();
            int rank = i + 1;
            if (i > 0 && rated.get(i - 1).getValue().onTimeRate().compareTo(r.onTimeRate()) == 0) {
                rank = rates.get(rated.get(i - 1).getKey()).onTimeRank();
            }
            rates.put(
                    rated.get(i).getKey(),
                    new UnitRates(
                            r.closed, r.onTimeRate, r.reinspected, r.reworkRate, r.meanWorkingHoursToRectify, rank));
        }
        return rates;
    }

    private static UnitRates unit(Tally t, int minimumSample) {
        BigDecimal onTime = null;
        BigDecimal meanHours = null;
        if (t.closed() >= minimumSample) {
            onTime = ratio(t.closedOnTime(), t.closed());
            meanHours = BigDecimal.valueOf(t.officeSecondsToClose())
                    .divide(BigDecimal.valueOf(3600L * t.closed()), 1, RoundingMode.HALF_UP);
        }
        BigDecimal rework = t.reinspected() >= minimumSample ? ratio(t.reworked(), t.reinspected()) : null;
        return new UnitRates(t.closed(), onTime, t.reinspected(), rework, meanHours, null);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
