package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.UnitLink;
import gov.chuangcheng.platform.calendar.WrittenDates;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * How an order's facts read in a message: its number, point, standard, unit and deadline as template data, dates in the
 * district's zone (11月25日, 12月3日 17:30), points as people write them (扣2分, 扣0.5分).
 */
final class OrderWords {

    static final String UNDECIDED = "另行通知的期限";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final ZoneId zone;

    OrderWords(ZoneId zone) {
        this.zone = zone;
    }

    void order(OrderRef order, Map<String, Object> data) {
        data.put("number", order.number());
        data.put("pointName", order.pointName());
        data.put("standardName", order.standardName());
        data.put("unitName", order.unitName() == null ? order.unitCode() : order.unitName());
        data.put(
                "severityName", order.severity() == null ? "" : order.severity().displayName());
        data.put("levelName", order.level() == null ? "" : order.level().displayName());
        data.put("hasDeadline", order.deadline() != null);
        data.put("deadline", order.deadline() == null ? UNDECIDED : dayTime(order.deadline()));
    }

    /** The day, e.g. 11月25日; empty for none. */
    String day(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(zone).format(DAY);
    }

    /** The day and time, e.g. 12月3日 17:30. */
    String dayTime(OffsetDateTime t) {
        return WrittenDates.of(t.toInstant(), zone);
    }

    /** What a ledger entry did to the unit's score: 扣2分 (a deduction or a rung that cost nothing), 加2分; null for none. */
    static String deduction(Deduction d) {
        if (d == null || d.points() == null) {
            return null;
        }
        return (d.points().signum() > 0 ? "加" : "扣") + points(d.points()) + "分";
    }

    /** A number of points without sign or trailing zeros: 2, 0.5. */
    static String points(BigDecimal points) {
        BigDecimal abs = points.abs().stripTrailingZeros();
        return (abs.scale() < 0 ? abs.setScale(0) : abs).toPlainString();
    }

    /** A unit an event names: its name, else its code, else {@code fallback}. */
    static String name(UnitLink unit, String fallback) {
        if (unit == null) {
            return fallback;
        }
        return unit.name() != null && !unit.name().isBlank()
                ? unit.name()
                : unit.code() == null ? fallback : unit.code();
    }
}
