package gov.chuangcheng.inspection.responsibility;

import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.inspection.grid.GridService;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import gov.chuangcheng.platform.directory.UnitDirectory;
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
    private final GridService grids;
    private final UnitDirectory directory;

    public ResponsibleUnits(PointService points, Settlements settlements, GridService grids, UnitDirectory directory) {
        this.points = points;
        this.settlements = settlements;
        this.grids = grids;
        this.directory = directory;
    }

    private ResponsibilityRule.Unit gridUnit(String gridCode) {
        return grids.findByCode(gridCode)
                .map(g -> ResponsibilityRule.Unit.ofNullable(
                        g.responsibleUnitCode,
                        directory.find(g.responsibleUnitCode).map(u -> u.name()).orElse(null)))
                .orElse(null);
    }

    /** The point as events show it, with the unit that answers for {@code standardCode} at it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PointRef refFor(Point point, String standardCode) {
        PointRef ref = points.ref(point);
        ResponsibilityRule.Unit unit = ResponsibilityRule.responsible(
                settlements.current(point.id, standardCode).orElse(null),
                ResponsibilityRule.Unit.ofNullable(ref.responsibleUnitCode(), ref.responsibleUnitName()),
                // a temporary point is made with its grid's unit; should it have none, the grid's unit answers
                point.gridCode == null || ref.responsibleUnitCode() != null ? null : gridUnit(point.gridCode));
        return new PointRef(
                ref.id(),
                ref.code(),
                ref.name(),
                ref.type(),
                ref.address(),
                unit.code(),
                unit.name(),
                ref.latitude(),
                ref.longitude());
    }
}
