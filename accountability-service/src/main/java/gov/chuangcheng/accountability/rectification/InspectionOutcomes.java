package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.deadline.DeadlinePolicyService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What inspections do to orders ({@code cc.inspections.v1}): a failure of a point × standard opens an order, or —
 * while an order of it is open — is recorded on that order and escalates it; a failure soon after an episode closed
 * opens a relapse (反弹) episode one rung up; a re-inspection (复查) closes the order it verified or sends it back.
 * Each method loads the order, calls one of its methods, records the history line and publishes the event, in one
 * transaction.
 */
@ApplicationScoped
public class InspectionOutcomes {

    private static final Logger LOG = Logger.getLogger(InspectionOutcomes.class);

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final ZoneId zone;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final UnitDirectory directory;
    private final DeadlinePolicyService deadlines;
    private final EpisodeConfig episodes;

    public InspectionOutcomes(
            Orders orders,
            OrderEvents events,
            Clock clock,
            ZoneId zone,
            CalendarService calendars,
            OrderEscalation escalation,
            UnitDirectory directory,
            DeadlinePolicyService deadlines,
            EpisodeConfig episodes) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.calendars = calendars;
        this.escalation = escalation;
        this.directory = directory;
        this.deadlines = deadlines;
        this.episodes = episodes;
    }

    /** Opens an order, escalates the open one of the same point × standard, or opens a relapse episode. */
    @Transactional
    public RectificationOrder onFailure(Failure f) {
        if (f.point() == null || f.point().id() == null || f.standardCode() == null) {
            throw new PoisonEventException("a failure needs a point id and a standard code");
        }
        if (f.point().responsibleUnitCode() == null) {
            throw new PoisonEventException("point " + f.point().id() + " has no responsible unit");
        }
        Instant now = clock.instant();
        Optional<RectificationOrder> open = orders.lockOpen(f.point().id(), f.standardCode());
        if (open.isPresent()) {
            RectificationOrder order = open.get();
            order.recordRepeatFailure(f.evidenceIds());
            RectificationHistory.record(
                    order,
                    now,
                    "REPEAT_FAILURE",
                    "system",
                    "整改期间再次发现（" + f.origin() + "）：" + (f.description() == null ? "" : f.description()));
            escalation.onFailure(order, EscalationReason.REPEAT_FAILURE, now);
            return order;
        }
        return open(f, now);
    }

    private RectificationOrder open(Failure f, Instant now) {
        Optional<RectificationOrder> previous =
                orders.closedByReinspectionSince(f.point().id(), f.standardCode(), now.minus(episodes.relapseWindow()));
        WorkingCalendar calendar = calendars.calendar();
        String unitName = directory
                .find(f.point().responsibleUnitCode())
                .map(u -> u.name())
                .orElse(f.point().responsibleUnitName());
        RectificationOrder order = RectificationOrder.open(
                UUID.randomUUID().toString(),
                orders.nextNumber(now.atZone(zone).getYear()),
                f,
                unitName,
                now,
                deadlines.deadline(f.severity(), f.standardCode(), now, calendar));
        previous.ifPresent(p -> order.startAsRelapseOf(p, escalation.ladder().relapseStart(p.level())));
        order.persist();
        RectificationHistory.record(
                order,
                now,
                "OPENED",
                "system",
                f.origin() + (order.relapse() ? "（销号后反弹，上一单 " + previous.get().number() + "）" : ""));
        events.publish(
                EventCatalog.RECTIFICATION_OPENED,
                order,
                ref -> new RectificationOpened(
                        ref,
                        order.source(),
                        order.sourceRef(),
                        order.description(),
                        order.evidenceIds(),
                        order.relapse(),
                        events.at(now)));
        if (order.relapse() && order.level() != previous.get().level()) {
            escalation.reached(order, previous.get().level(), EscalationReason.RELAPSE, now);
        }
        escalation.schedule(order, now, calendar);
        return order;
    }

    /** 销号: the re-inspection passed. */
    @Transactional
    public void onReinspectionPassed(ReinspectionPassed e) {
        RectificationOrder order = orders.lockForEvent(e.orderId());
        if (!order.allows(RectificationAction.PASS_REINSPECTION)) {
            LOG.warnf(
                    "order %s is %s: re-inspection %s passed, nothing to close",
                    order.number(), order.status(), e.inspectionId());
            return;
        }
        Instant now = clock.instant();
        order.close(Closure.REINSPECTION, now, calendars.calendar());
        escalation.cancelPending(order);
        RectificationHistory.record(
                order,
                now,
                "CLOSED",
                e.inspector() == null ? "system" : e.inspector(),
                "复查通过（" + e.inspectionId() + "）" + (order.onTime() ? "，按期整改" : "，逾期整改"));
        events.publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                ref -> new RectificationClosed(
                        ref, e.inspector(), order.onTime(), events.at(now), Closure.REINSPECTION));
    }

    /** 复查未通过: back to the unit with a new deadline, one more failure and its escalation. */
    @Transactional
    public void onReinspectionFailed(ReinspectionFailed e) {
        RectificationOrder order = orders.lockForEvent(e.orderId());
        if (!order.allows(RectificationAction.FAIL_REINSPECTION)) {
            LOG.warnf(
                    "order %s is %s: re-inspection %s failed, nothing to send back",
                    order.number(), order.status(), e.inspectionId());
            return;
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        order.sendBack(
                deadlines.deadline(order.severity(), order.standardCode(), now, calendar),
                e.evidenceIds(),
                now,
                calendar);
        RectificationHistory.record(
                order,
                now,
                "REINSPECTION_FAILED",
                e.inspector() == null ? "system" : e.inspector(),
                "复查未通过（" + e.inspectionId() + "）" + (e.remark() == null ? "" : "：" + e.remark()));
        escalation.cancelPending(order);
        escalation.onFailure(order, EscalationReason.REINSPECTION_FAILED, now);
        escalation.schedule(order, now, calendar);
    }
}
