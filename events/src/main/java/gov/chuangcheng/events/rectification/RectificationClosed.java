package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.closed.v1}: the episode was closed (销号), by a passed re-inspection or by an upheld appeal
 * ({@code closure}; null in events published before the field existed).
 */
public record RectificationClosed(OrderRef order, String verifiedBy, boolean onTime, OffsetDateTime at, Closure closure)
        implements OrderEvent {

    /** Whether the problem was verified fixed (an unknown closure, from an older event, counts as fixed). */
    public boolean fixed() {
        return closure != Closure.APPEAL_UPHELD;
    }
}
