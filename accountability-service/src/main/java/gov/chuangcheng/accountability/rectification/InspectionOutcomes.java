package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.deadline.DeadlinePolicyService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemResult;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.calendar.WrittenDates;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What inspections do to orders ({@code cc.inspections.v1}). One problem is one episode: a failure of a point × standard
 * opens an order, or — while an order of it is open — is judged by {@link FindingRule} on when it was found: attached to
 * the order (补充线索) or, after the unit's submission, a failed verification; a patrol's passed inspection of the
 * standard after the submission verifies the fix. Nothing here adds a rung: orders climb by the clock alone. A failure
 * soon after an episode closed fixed opens a relapse (反弹) episode one rung up. Each method loads the order, calls one
 * of its methods, records the history line and publishes the event, in one transaction.
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
    private final OrderVerification verification;
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
            OrderVerification verification,
            UnitDirectory directory,
            DeadlinePolicyService deadlines,
            EpisodeConfig episodes) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.calendars = calendars;
        this.escalation = escalation;
        this.verification = verification;
        this.directory = directory;
        this.deadlines = deadlines;
        this.episodes = episodes;
    }

    /** Opens an order, attaches the failure to the open one or fails its fix, or opens a relapse episode. */
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
        if (open.isEmpty()) {
            return open(f, now);
        }
        RectificationOrder order = open.get();
        Instant foundAt = f.foundAtOr(now);
        switch (FindingRule.ofFailure(order.status(), order.submittedAt(), foundAt, f.source())) {
            case ATTACH -> attach(order, f, foundAt, false, now);
            case ATTACH_FOR_PRIORITY_VERIFICATION -> attach(order, f, foundAt, true, now);
            case FAILED_VERIFICATION ->
                verification.failed(order, f.sourceRef(), f.by(), "巡查复核", f.description(), f.evidenceIds(), now);
        }
        return order;
    }

    private void attach(RectificationOrder order, Failure f, Instant foundAt, boolean priority, Instant now) {
        order.attachFinding(f.evidenceIds(), priority);
        RectificationHistory.record(
                order,
                now,
                "EVIDENCE_ADDED",
                f.by() == null ? "system" : f.by(),
                "补充线索（" + f.origin() + "，" + WrittenDates.of(foundAt, zone) + "发现）"
                        + (priority ? "，整改提交后再次反映，优先复查" : "")
                        + (f.description() == null || f.description().isBlank() ? "" : "：" + f.description()));
        events.publish(
                EventCatalog.RECTIFICATION_EVIDENCE_ADDED,
                order,
                ref -> new RectificationEvidenceAdded(
                        ref,
                        f.source(),
                        f.sourceRef(),
                        f.description(),
                        f.evidenceIds(),
                        events.at(foundAt),
                        order.reports(),
                        priority,
                        events.at(now)));
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
        order.climbsLadder(escalation.ladderForNewOrder(order));
        order.persist();
        RectificationHistory.record(
                order,
                now,
                "OPENED",
                "system",
                f.origin() + (order.relapse() ? "（销号后反弹，上一单" + previous.get().number() + "）" : ""));
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
            escalation.reached(order, previous.get().level(), EscalationReason.RELAPSE, now, null, null);
        }
        escalation.schedule(order, now, calendar);
        return order;
    }

    /**
     * A patrol inspection (not a re-inspection, which reports its own result): every standard whose items all passed
     * verifies the fix of its open order when the inspection was made after the unit's submission.
     */
    @Transactional
    public void onInspectionCompleted(InspectionCompleted e) {
        if (e.reinspectionOfOrderId() != null || e.point() == null || e.items() == null || e.inspectedAt() == null) {
            return;
        }
        Map<String, Boolean> passedByStandard = new LinkedHashMap<>();
        for (ItemResult item : e.items()) {
            if (item.standardCode() != null) {
                passedByStandard.merge(item.standardCode(), item.passed(), Boolean::logicalAnd);
            }
        }
        Instant now = clock.instant();
        passedByStandard.forEach((standard, passed) -> {
            if (passed) {
                orders.lockOpen(e.point().id(), standard)
                        .filter(o -> FindingRule.passVerifies(
                                o.status(), o.submittedAt(), e.inspectedAt().toInstant()))
                        .ifPresent(o -> verification.passed(o, e.inspectionId(), e.inspector(), "巡查复核", now));
            }
        });
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
        verification.passed(order, e.inspectionId(), e.inspector(), "复查", clock.instant());
    }

    /** 复查未通过: back to the unit with a fresh deadline; no rung. */
    @Transactional
    public void onReinspectionFailed(ReinspectionFailed e) {
        RectificationOrder order = orders.lockForEvent(e.orderId());
        if (!order.allows(RectificationAction.FAIL_REINSPECTION)) {
            LOG.warnf(
                    "order %s is %s: re-inspection %s failed, nothing to send back",
                    order.number(), order.status(), e.inspectionId());
            return;
        }
        verification.failed(order, e.inspectionId(), e.inspector(), "复查", e.remark(), e.evidenceIds(), clock.instant());
    }
}
