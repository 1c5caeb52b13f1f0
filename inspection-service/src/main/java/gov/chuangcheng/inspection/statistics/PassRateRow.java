package gov.chuangcheng.inspection.statistics;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One group of a pass-rate report: {@code key} (a point type, unit code, standard code or street; null for points
 * without a street), its Chinese {@code name}, how many were inspected (inspections, or items for standards), how
 * many passed and failed, and {@code rate} = passed / inspected as a decimal fraction with four places.
 */
public record PassRateRow(String key, String name, long inspected, long passed, long failed, BigDecimal rate) {

    /** Worst first: lowest rate, then the most inspected, then by key. */
    public static final Comparator<PassRateRow> WORST_FIRST = Comparator.comparing(
                    PassRateRow::rate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PassRateRow::inspected, Comparator.reverseOrder())
            .thenComparing(PassRateRow::key, Comparator.nullsLast(Comparator.naturalOrder()));

    public static PassRateRow of(String key, String name, long inspected, long passed) {
        return new PassRateRow(key, name, inspected, passed, inspected - passed, Rates.rate(passed, inspected));
    }
}
