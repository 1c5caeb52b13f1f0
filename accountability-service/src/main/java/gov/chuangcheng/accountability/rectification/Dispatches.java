package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * 派遣: the responsible unit gives its order to a unit below it (street → community) or to a named handler. The
 * assignee then sees the order and acts on it (signs, submits); the responsible unit stays accountable in the ledger,
 * so only a user of the responsible unit (or above it) dispatches.
 */
@ApplicationScoped
public class Dispatches {

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final UnitDirectory directory;

    public Dispatches(Orders orders, OrderEvents events, Clock clock, UnitDirectory directory) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.directory = directory;
    }

    @Transactional
    public RectificationOrder dispatch(
            String id, UnitScope scope, String subUnitCode, String handler, String comment, String by) {
        RectificationOrder order = orders.lock(id, scope);
        if (!scope.includes(order.unitCode())) {
            throw ProblemException.forbidden("只有责任单位" + order.unitName() + "可以派遣整改单" + order.number());
        }
        String sub = blank(subUnitCode) ? null : subUnitCode.trim();
        String user = blank(handler) ? null : handler.trim();
        if (sub == null && user == null) {
            throw ProblemException.invalid("subUnitCode", "请指定承办的下级单位或经办人");
        }
        String subName = null;
        if (sub != null) {
            if (sub.equals(order.unitCode())
                    || !directory.selfAndDescendants(order.unitCode()).contains(sub)) {
                throw ProblemException.invalid("subUnitCode", "单位" + sub + "不是" + order.unitName() + "的下级单位");
            }
            subName = directory
                    .find(sub)
                    .filter(UnitUpserted::active)
                    .map(UnitUpserted::name)
                    .orElseThrow(() -> ProblemException.invalid("subUnitCode", "单位" + sub + "已停用"));
        }
        Instant now = clock.instant();
        order.dispatchTo(sub, subName, user, now);
        RectificationHistory.record(
                order,
                now,
                "DISPATCHED",
                by,
                "派遣至" + (subName == null ? "" : subName) + (user == null ? "" : "（经办人" + user + "）")
                        + (blank(comment) ? "" : "：" + comment));
        events.publish(
                EventCatalog.RECTIFICATION_DISPATCHED,
                order,
                ref -> new RectificationDispatched(ref, ref.assignee(), comment, by, events.at(now)));
        return order;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
