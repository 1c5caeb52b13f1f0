package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The re-inspection list: kept from the rectification events, closed by re-inspections. */
@ApplicationScoped
public class ReinspectionTasks {

    private static final Logger LOG = Logger.getLogger(ReinspectionTasks.class);

    private final Clock clock;

    public ReinspectionTasks(Clock clock) {
        this.clock = clock;
    }

    /** Opens the order's re-inspection, or reopens it when an earlier re-inspection failed and a new one is due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(VerificationRequested event) {
        OrderRef order = event.order();
        UUID pointId;
        try {
            pointId = UUID.fromString(order.pointId());
        } catch (IllegalArgumentException | NullPointerException e) {
            // an order about something that is not one of this service's points (e.g. a public report)
            LOG.infof(
                    "verification of order %s is not about a point of this service (%s); skipped",
                    order.id(), order.pointId());
            return;
        }
        ReinspectionTask existing = ReinspectionTask.findById(order.id());
        ReinspectionTask task = existing != null ? existing : new ReinspectionTask();
        task.orderId = order.id();
        task.orderNumber = order.number();
        task.pointId = pointId;
        task.pointCode = order.pointCode();
        task.pointName = order.pointName();
        task.standardCode = order.standardCode();
        task.standardName = order.standardName();
        task.unitCode = order.unitCode();
        task.severity = order.severity();
        task.dueBy = event.dueBy() == null ? null : event.dueBy().toInstant();
        task.requestedAt = event.at() == null ? clock.instant() : event.at().toInstant();
        task.status = ReinspectionTask.Status.OPEN;
        task.inspectionId = null;
        if (existing == null) {
            task.persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReinspectionTask> find(String orderId, UnitScope scope) {
        return ReinspectionTask.<ReinspectionTask>findByIdOptional(orderId).filter(t -> scope.includes(t.unitCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReinspectionTask> list(
            UnitScope scope, ReinspectionTask.Status status, String pointCode, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.filter().ifPresent(units -> {
            where.append(" and unitCode in :units");
            params.put("units", units);
        });
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (pointCode != null) {
            where.append(" and pointCode = :point");
            params.put("point", pointCode);
        }
        return Page.of(
                ReinspectionTask.<ReinspectionTask>find(where + " order by dueBy nulls last, orderId", params),
                paging,
                t -> t);
    }
}
