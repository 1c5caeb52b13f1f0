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

    /**
     * What a list or an export asks for; a null field does not filter. {@code priorityVerification}: orders whose
     * fix a 12345 report came after (优先复查), for the office's verification round.
     */
    public record Filter(String unit, RectificationStatus status, Boolean overdue, Boolean priorityVerification) {}

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
    public Page<RectificationOrder> list(UnitScope scope, Filter filter, PageRequest paging) {
        return query(scope, filter)
                .map(q -> Page.of(q, paging, o -> o))
                .orElseGet(() -> new Page<>(List.of(), paging.page, paging.size, 0));
    }

    /** At most {@code max} orders in {@code scope}, filtered, newest first (for exports). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RectificationOrder> export(UnitScope scope, Filter filter, int max) {
        return query(scope, filter).map(q -> q.range(0, max - 1).list()).orElseGet(List::of);
    }

    /** The filtered query in scope, or empty when the scope admits nothing. */
    private static Optional<PanacheQuery<RectificationOrder>> query(UnitScope scope, Filter filter) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope.filter().isPresent()) {
            if (scope.filter().get().isEmpty()) {
                return Optional.empty();
            }
            q.append(" and (unitCode in :scope or dispatch.unitCode in :scope)");
            params.and("scope", scope.filter().get());
        }
        if (filter.unit() != null && !filter.unit().isBlank()) {
            q.append(" and unitCode = :unit");
            params.and("unit", filter.unit());
        }
        if (filter.status() != null) {
            q.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.overdue() != null) {
            q.append(" and overdue = :overdue");
            params.and("overdue", filter.overdue());
        }
        if (filter.priorityVerification() != null) {
            q.append(" and priorityVerification = :priority");
            params.and("priority", filter.priorityVerification());
        }
        return Optional.of(RectificationOrder.find(
                q.toString(), Sort.descending("openedAt").and("number", Sort.Direction.Descending), params));
    }
}
