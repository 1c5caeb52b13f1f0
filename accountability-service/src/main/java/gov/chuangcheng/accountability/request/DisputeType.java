package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.rectification.OrderEvents;
import gov.chuangcheng.accountability.rectification.Reassignments;
import gov.chuangcheng.accountability.rectification.RectificationHistory;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationStatus;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.DisputeDecided;
import gov.chuangcheng.events.rectification.DisputeDecision;
import gov.chuangcheng.events.rectification.RectificationDisputed;
import gov.chuangcheng.events.rectification.UnitLink;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * 退单: while it still has to act (待整改, 已签收) and within its window ({@link DisputeRule}), the unit returns the order
 * as not its responsibility, naming the unit it believes responsible. The office decides: approved, the order is
 * reassigned (改派) to the unit the office settles on — the one named unless the office names another — and that unit
 * answers for the point × standard from now on (确权); rejected, the disputing unit keeps the order and is settled. The
 * order's clock runs on meanwhile.
 */
@ApplicationScoped
class DisputeType implements RequestType {

    private final Reassignments reassignments;
    private final CalendarService calendars;
    private final DisputeRule rule;
    private final OrderEvents events;

    DisputeType(Reassignments reassignments, CalendarService calendars, DisputeConfig config, OrderEvents events) {
        this.reassignments = reassignments;
        this.calendars = calendars;
        this.rule = DisputeRule.of(config);
        this.events = events;
    }

    @Override
    public RequestKind kind() {
        return RequestKind.DISPUTE;
    }

    @Override
    public void checkFiling(RectificationOrder order, OrderRequest draft, Instant now) {
        checkAwaitsUnit(order);
        if (order.unitCode().equals(draft.claimedUnitCode)) {
            throw ProblemException.invalid("claimedUnitCode", "应填写认为应负责的其他单位，不能是本单位");
        }
        UnitLink claimed = reassignments.activeUnit("claimedUnitCode", draft.claimedUnitCode);
        rule.refusal(
                        order.number(),
                        order.unitCode(),
                        disputingUnits(order),
                        now,
                        order.severity(),
                        order.assignedAt(),
                        calendars.calendar())
                .ifPresent(why -> {
                    throw ProblemException.conflict(why);
                });
        draft.claimedUnitName = claimed.name();
        draft.disputingUnitCode = order.unitCode();
    }

    @Override
    public void filed(RectificationOrder order, OrderRequest r) {
        RectificationHistory.record(
                order, r.requestedAt, "DISPUTED", r.requestedBy, "退单，认为应由" + r.claimedUnitName + "负责：" + r.reason);
        UnitLink claimed = new UnitLink(r.claimedUnitCode, r.claimedUnitName);
        events.publish(
                EventCatalog.RECTIFICATION_DISPUTED,
                order,
                ref -> new RectificationDisputed(
                        ref, r.id, claimed, r.reason, r.requestedBy, events.at(r.requestedAt)));
    }

    @Override
    public void checkApproval(RectificationOrder order) {
        checkAwaitsUnit(order);
    }

    @Override
    public void approved(RectificationOrder order, OrderRequest r, String comment) {
        String target = r.settledUnitCode == null ? r.claimedUnitCode : r.settledUnitCode;
        UnitLink settled = reassignments.activeUnit("unitCode", target);
        if (settled.code().equals(order.unitCode())) {
            throw ProblemException.invalid("unitCode", "改派的单位不能是退单的单位；维持原单位请驳回退单");
        }
        r.settledUnitCode = settled.code();
        r.settledUnitName = settled.name();
        RectificationHistory.record(
                order, r.decidedAt, "DISPUTE_APPROVED", r.decidedBy, "退单成立，改派" + settled.name() + note(comment));
        boolean last = rule.finalDecision(nth(order, r));
        events.publish(
                EventCatalog.DISPUTE_DECIDED,
                order,
                ref -> new DisputeDecided(
                        ref,
                        r.id,
                        DisputeDecision.REASSIGNED,
                        settled,
                        comment,
                        last,
                        r.decidedBy,
                        events.at(r.decidedAt)));
        reassignments.move(
                order, settled.code(), "退单确权：" + (blank(comment) ? r.reason : comment), true, r.id, r.decidedBy);
    }

    @Override
    public void rejected(RectificationOrder order, OrderRequest r, String comment) {
        r.settledUnitCode = order.unitCode();
        r.settledUnitName = order.unitName();
        RectificationHistory.record(order, r.decidedAt, "DISPUTE_REJECTED", r.decidedBy, "退单驳回：" + comment);
        UnitLink kept = new UnitLink(order.unitCode(), order.unitName());
        boolean last = rule.finalDecision(nth(order, r));
        events.publish(
                EventCatalog.DISPUTE_DECIDED,
                order,
                ref -> new DisputeDecided(
                        ref, r.id, DisputeDecision.REJECTED, kept, comment, last, r.decidedBy, events.at(r.decidedAt)));
        reassignments.settle(order, comment, r.decidedBy);
    }

    private static void checkAwaitsUnit(RectificationOrder order) {
        if (!order.status().awaitsUnit()) {
            throw ProblemException.conflict("只有待整改或已签收的整改单可以退单或改派；整改单" + order.number() + "现为"
                    + (order.status() == RectificationStatus.CLOSED
                            ? "已销号"
                            : order.status().displayName()));
        }
    }

    /** The units that disputed the order before, oldest first. */
    private static List<String> disputingUnits(RectificationOrder order) {
        return OrderRequest.<OrderRequest>list(
                        "orderId = ?1 and kind = ?2 order by requestedAt", order.id(), RequestKind.DISPUTE)
                .stream()
                .map(d -> d.disputingUnitCode)
                .toList();
    }

    /** Which dispute of its order {@code r} is (1-based). */
    private static int nth(RectificationOrder order, OrderRequest r) {
        return (int) OrderRequest.count(
                "orderId = ?1 and kind = ?2 and requestedAt <= ?3", order.id(), RequestKind.DISPUTE, r.requestedAt);
    }

    private static String note(String comment) {
        return blank(comment) ? "" : "：" + comment;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
