package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds and locks orders: in a caller's unit scope (an order outside it does not exist for the caller: 404), or for
 * an event (an order that does not exist makes the event poison).
 */
@ApplicationScoped
public class Orders {

    private final EntityManager em;

    public Orders(EntityManager em) {
        this.em = em;
    }

    /** One order, if it exists and is in {@code scope}. */
    public Optional<RectificationOrder> find(String id, UnitScope scope) {
        return scoped(id, scope).firstResultOptional();
    }

    /** The order in {@code scope}, locked for the caller's transaction; 404 when there is none. */
    public RectificationOrder lock(String id, UnitScope scope) {
        return scoped(id, scope)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("rectification order", id));
    }

    /** The order an event is about, locked; a poison event when it does not exist. */
    RectificationOrder lockForEvent(String id) {
        RectificationOrder order =
                id == null ? null : em.find(RectificationOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new PoisonEventException("rectification order " + id + " does not exist");
        }
        return order;
    }

    /** The open order (not 已销号) of a point × standard, locked, if there is one. */
    Optional<RectificationOrder> lockOpen(String pointId, String standardCode) {
        return RectificationOrder.<RectificationOrder>find(
                        "pointId = ?1 and standardCode = ?2 and status <> ?3",
                        pointId,
                        standardCode,
                        RectificationStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The open orders at {@code pointIds}, locked in id order (two bulk actions never deadlock). */
    List<RectificationOrder> lockOpenAt(List<String> pointIds) {
        return RectificationOrder.<RectificationOrder>find(
                        "pointId in ?1 and status <> ?2 order by id", pointIds, RectificationStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The orders whose clock {@code ref} stopped and still stands, locked in id order. */
    List<RectificationOrder> lockSuspendedBy(String ref) {
        return RectificationOrder.<RectificationOrder>find("suspensionRef = ?1 order by id", ref)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * The latest episode of a point × standard closed by a re-inspection since {@code since}: a failure now is its
     * relapse. One voided or merged was never fixed, so it cannot relapse.
     */
    Optional<RectificationOrder> closedByReinspectionSince(String pointId, String standardCode, Instant since) {
        return RectificationOrder.<RectificationOrder>find(
                        "pointId = ?1 and standardCode = ?2 and status = ?3 and closedAt >= ?4 and closure = ?5",
                        Sort.descending("closedAt"),
                        pointId,
                        standardCode,
                        RectificationStatus.CLOSED,
                        since,
                        Closure.REINSPECTION)
                .firstResultOptional();
    }

    /** The orders of {@code ids}, in no particular order. */
    List<RectificationOrder> all(List<String> ids) {
        return em.createQuery("from RectificationOrder o where o.id in :ids", RectificationOrder.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The next order number of the year, e.g. ZG-2026-000123. */
    String nextNumber(int year) {
        Number seq = (Number) em.createNativeQuery("select nextval('rectification_number_seq')")
                .getSingleResult();
        return "ZG-%d-%06d".formatted(year, seq.longValue());
    }

    private static PanacheQuery<RectificationOrder> scoped(String id, UnitScope scope) {
        if (scope.filter().isEmpty()) {
            return RectificationOrder.find("id", id);
        }
        if (scope.filter().get().isEmpty()) {
            return RectificationOrder.find("1 = 0");
        }
        // a sub-unit the order is dispatched to (派遣) sees and acts on it too
        return RectificationOrder.find(
                "id = ?1 and (unitCode in ?2 or dispatch.unitCode in ?2)",
                id,
                scope.filter().get());
    }
}
