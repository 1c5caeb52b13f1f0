package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Open311 requests follow the rectification orders of {@code cc.rectifications.v1}. accountability-service names a
 * request as what opened an order or as a finding attached to one (补充线索): its id is the {@code sourceRef} of
 * {@code cc.rectification.opened.v1} or {@code cc.rectification.evidence-added.v1}. From then on the request follows
 * that order by id: its unit, deadline and closure. Until it is named, it shows the open order of its point ×
 * standard, which is almost always the one it will be attached to; but that order's closure does not close it, because
 * the report may have reached accountability-service only after the closure and then opens an order of its own. Every
 * handler sets state from its event, so applying one twice changes nothing.
 */
@ApplicationScoped
public class OrderFollowing {

    /** What a request says while no order answers for it. */
    static final String WAITING = "已受理，转交责任单位整改";

    private final Clock clock;

    public OrderFollowing(Clock clock) {
        this.clock = clock;
    }

    /** A new request shows the open order of its point × standard at once, until an event names its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    void joinOpenOrder(ServiceRequest request, Instant now) {
        KnownOrder.<KnownOrder>find(
                        "pointId = ?1 and standardCode = ?2 and closed = false", request.pointId, request.standardCode)
                .firstResultOptional()
                .ifPresent(order -> show(request, order, now));
    }

    /** An order was opened: the request it was opened from follows it, those still waiting show it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(RectificationOpened event) {
        known(event.order()).ifPresent(order -> {
            Instant now = clock.instant();
            ServiceRequest.<ServiceRequest>list(
                            "orderId is null and pointId = ?1 and standardCode = ?2 and status = ?3",
                            order.pointId,
                            order.standardCode,
                            ServiceRequest.Status.open)
                    .forEach(r -> show(r, order, now));
            named(event.source(), event.sourceRef(), order, now);
        });
    }

    /** A finding was attached to an open order (补充线索): the request it came from follows that order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evidenceAdded(RectificationEvidenceAdded event) {
        known(event.order()).ifPresent(order -> {
            Instant now = clock.instant();
            showOnRequestsOf(order, now);
            named(event.source(), event.sourceRef(), order, now);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(RectificationExtended event) {
        known(event.order()).ifPresent(order -> showOnRequestsOf(order, clock.instant()));
    }

    /**
     * 改派: the order goes on under another unit with a fresh deadline; the requests that follow it (or show it) answer
     * the new unit as {@code agency_responsible} and the new deadline as {@code expected_datetime}, so that a 12345
     * call-back names whoever fixes it now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassigned(RectificationReassigned event) {
        known(event.order()).ifPresent(order -> showOnRequestsOf(order, clock.instant()));
    }

    /**
     * 销号: the requests that follow the order are closed with how it closed; those that only showed it wait for the
     * order that names them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(RectificationClosed event) {
        known(event.order()).ifPresent(order -> {
            order.closed = true;
            order.closure = event.closureOrDefault();
            order.closureReason = event.reason();
            order.mergedIntoNumber =
                    event.mergedInto() == null ? null : event.mergedInto().number();
            order.fix = event.fix();
            order.fixEvidenceIds = new ArrayList<>(event.fixEvidenceIds());
            Instant now = clock.instant();
            ServiceRequest.<ServiceRequest>list(
                            "orderId = ?1 and status = ?2", order.orderId, ServiceRequest.Status.open)
                    .forEach(r -> {
                        if (r.orderConfirmed) {
                            close(r, order, now);
                        } else {
                            release(r, now);
                        }
                    });
        });
    }

    /** The request an event names as its source now follows the order (a closed request has had its answer). */
    private static void named(OrderSource source, String sourceRef, KnownOrder order, Instant now) {
        if (source != OrderSource.PROBLEM_REPORT) {
            return;
        }
        parse(sourceRef)
                .flatMap(id -> ServiceRequest.<ServiceRequest>findByIdOptional(id))
                .filter(r -> r.status == ServiceRequest.Status.open)
                .ifPresent(r -> {
                    r.orderConfirmed = true;
                    show(r, order, now);
                    if (order.closed) {
                        close(r, order, now);
                    }
                });
    }

    /** The order after an event, as this service keeps it; empty for an order without a usable point id. */
    private static Optional<KnownOrder> known(OrderRef ref) {
        Optional<UUID> pointId = parse(ref.pointId());
        if (ref.id() == null || pointId.isEmpty()) {
            return Optional.empty();
        }
        KnownOrder order = KnownOrder.<KnownOrder>findByIdOptional(ref.id()).orElseGet(KnownOrder::new);
        boolean fresh = order.orderId == null;
        order.orderId = ref.id();
        order.orderNumber = ref.number();
        order.pointId = pointId.get();
        order.standardCode = ref.standardCode();
        order.unitName = ref.unitName();
        order.deadline = ref.deadline() == null ? null : ref.deadline().toInstant();
        if (fresh) {
            order.persist();
        }
        return Optional.of(order);
    }

    private static void showOnRequestsOf(KnownOrder order, Instant now) {
        ServiceRequest.<ServiceRequest>list("orderId = ?1 and status = ?2", order.orderId, ServiceRequest.Status.open)
                .forEach(r -> show(r, order, now));
    }

    /** Who fixes it by when; updated_datetime moves only when that changed, since clients poll on it. */
    private static void show(ServiceRequest request, KnownOrder order, Instant now) {
        String notes = "已转交" + order.unitName + "整改（整改单 " + order.orderNumber + "）";
        if (Objects.equals(request.orderId, order.orderId)
                && Objects.equals(request.agencyResponsible, order.unitName)
                && Objects.equals(request.expectedAt, order.deadline)
                && Objects.equals(request.statusNotes, notes)) {
            return;
        }
        request.orderId = order.orderId;
        request.orderNumber = order.orderNumber;
        request.agencyResponsible = order.unitName;
        request.expectedAt = order.deadline;
        request.statusNotes = notes;
        request.updatedAt = now;
    }

    private static void close(ServiceRequest request, KnownOrder order, Instant now) {
        request.status = ServiceRequest.Status.closed;
        request.statusNotes = ClosureNotes.of(order);
        request.updatedAt = now;
    }

    /** Back to waiting: the order it showed closed without it. */
    private static void release(ServiceRequest request, Instant now) {
        request.orderId = null;
        request.orderNumber = null;
        request.agencyResponsible = null;
        request.expectedAt = null;
        request.statusNotes = WAITING;
        request.updatedAt = now;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
