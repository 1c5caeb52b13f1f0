package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.security.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Lists and exports of orders in the caller's unit scope, filtered, newest first; they change nothing. */
@ApplicationScoped
public class RectificationQueries {

    private final Orders orders;

    public RectificationQueries(Orders orders) {
        this.orders = orders;
    }

    /** One order, if it exists and is in {@code scope}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RectificationOrder> find(String id, UnitScope scope) {
        return orders.find(id, scope);
    }

    /** Orders in {@code scope}, filtered; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RectificationOrder> list(
            UnitScope scope, String unit, RectificationStatus status, Boolean overdue, PageRequest paging) {
        return query(scope, unit, status, overdue)
                .map(q -> Page.of(q, paging, o -> o))
                .orElseGet(() -> new Page<>(List.of(), paging.page, paging.size, 0));
    }

    /** At most {@code max} orders in {@code scope}, filtered, newest first (for exports). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RectificationOrder> export(
            UnitScope scope, String unit, RectificationStatus status, Boolean overdue, int max) {
        return query(scope, unit, status, overdue)
                .map(q -> q.range(0, max - 1).list())
                .orElseGet(List::of);
    }

    /** The filtered query in scope, or empty when the scope admits nothing. */
    private static Optional<PanacheQuery<RectificationOrder>> query(
            UnitScope scope, String unit, RectificationStatus status, Boolean overdue) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope.filter().isPresent()) {
            if (scope.filter().get().isEmpty()) {
                return Optional.empty();
            }
            q.append(" and unitCode in :scope");
            params.and("scope", scope.filter().get());
        }
        if (unit != null && !unit.isBlank()) {
            q.append(" and unitCode = :unit");
            params.and("unit", unit);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (overdue != null) {
            q.append(" and overdue = :overdue");
            params.and("overdue", overdue);
        }
        return Optional.of(RectificationOrder.find(
                q.toString(), Sort.descending("openedAt").and("number", Sort.Direction.Descending), params));
    }
}
