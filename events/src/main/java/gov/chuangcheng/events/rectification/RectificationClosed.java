package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.rectification.closed.v1}: the episode was closed (销号): verified fixed, voided (不属实, 作废) or merged into
 * another order ({@code closure}; null in events published before the field existed, which counts as fixed).
 *
 * @param onTime         true only for a fixed closure whose passing submission was made by the deadline in force
 * @param reason         the office's reason for a voided or merged closure; null for a fixed one
 * @param mergedInto     the order a merged one lives on in; null otherwise
 * @param fix            the unit's account of its fix (整改情况) for a fixed closure, for the caller's call-back (回访)
 * @param fixEvidenceIds the after-photos (整改后照片) of that fix; empty otherwise
 */
public record RectificationClosed(
        OrderRef order,
        String verifiedBy,
        boolean onTime,
        OffsetDateTime at,
        Closure closure,
        String reason,
        OrderLink mergedInto,
        String fix,
        List<String> fixEvidenceIds)
        implements OrderEvent {

    /** A closure with no reason, merge target or fix attached (as published before those fields existed). */
    public RectificationClosed(OrderRef order, String verifiedBy, boolean onTime, OffsetDateTime at, Closure closure) {
        this(order, verifiedBy, onTime, at, closure, null, null, null, List.of());
    }

    public RectificationClosed {
        fixEvidenceIds = fixEvidenceIds == null ? List.of() : List.copyOf(fixEvidenceIds);
    }

    /** Whether the problem was verified fixed (an unknown closure, from an older event, counts as fixed). */
    public boolean fixed() {
        return closure == null || closure.fixed();
    }

    /** How it closed; an older event without a closure was a passed re-inspection. */
    public Closure closureOrDefault() {
        return closure == null ? Closure.REINSPECTION : closure;
    }
}
