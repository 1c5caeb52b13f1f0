package gov.chuangcheng.inspection.responsibility;

import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Looks up the units {@link ResponsibilityRule} chooses between and puts its choice into the {@link PointRef} of an
 * event that opens a rectification order ({@code cc.inspection.item-failed.v1}, {@code cc.problem.reported.v1}):
 * accountability-service opens the order for {@code point.responsibleUnitCode}, so the event names the unit that
 * answers for that standard there, not merely the point's own.
 */
@ApplicationScoped
public class ResponsibleUnits {

    private final PointService points;
    private final Settlements settlements;

    public ResponsibleUnits(PointService points, Settlements settlements) {
        this.points = points;
        this.settlements = settlements;
    }

    /** The point as events show it, with the unit that answers for {@code standardCode} at it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PointRef refFor(Point point, String standardCode) {
        PointRef ref = points.ref(point);
        ResponsibilityRule.Unit unit = ResponsibilityRule.responsible(
                settlements.current(point.id, standardCode).orElse(null),
                ResponsibilityRule.Unit.ofNullable(ref.responsibleUnitCode(), ref.responsibleUnitName()),
                // every point here is registered with a unit of its own (Open311 refuses a report no registered
                // point is near), so no grid unit is looked up: the rule's last rung waits for temporary points
                null);
        return new PointRef(ref.id(), ref.code(), ref.name(), ref.type(), ref.address(), unit.code(), unit.name());
    }
}
