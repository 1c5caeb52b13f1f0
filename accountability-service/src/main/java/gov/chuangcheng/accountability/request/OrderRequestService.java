package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.rectification.Orders;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Files and decides the units' requests about their orders, every kind the same way: the order is locked in the
 * caller's scope (outside it: 404), the kind's {@link RequestType} says whether the order admits the request, there is
 * at most one pending request of a kind per order (409), and the office decides each once by the rule of
 * {@link OrderRequest}.
 */
@ApplicationScoped
public class OrderRequestService {

    private final Orders orders;
    private final Clock clock;
    private final Map<RequestKind, RequestType> types = new EnumMap<>(RequestKind.class);

    public OrderRequestService(Orders orders, Clock clock, Instance<RequestType> types) {
        this.orders = orders;
        this.clock = clock;
        types.forEach(t -> this.types.put(t.kind(), t));
    }

    /**
     * The unit files a request of {@code kind} about order {@code orderId} with {@code reason}; {@code details} fills
     * in what only that kind carries (an extension's working days, an appeal's evidence).
     */
    @Transactional
    public OrderRequest file(
            RequestKind kind,
            String orderId,
            UnitScope scope,
            String by,
            String reason,
            Consumer<OrderRequest> details) {
        RectificationOrder order = orders.lock(orderId, scope);
        RequestType type = types.get(kind);
        Instant now = clock.instant();
        OrderRequest request = OrderRequest.file(kind, order.id(), reason, by, now);
        details.accept(request);
        type.checkFiling(order, request, now);
        type.checkNotDuplicate(order, request);
        request.persist();
        type.filed(order, request);
        return request;
    }

    /** The office approves or rejects request {@code requestId} of order {@code orderId}. */
    @Transactional
    public OrderRequest decide(
            RequestKind kind,
            String orderId,
            String requestId,
            UnitScope scope,
            Decider decider,
            boolean approve,
            String comment) {
        return decide(kind, orderId, requestId, scope, decider, approve, comment, r -> {});
    }

    /**
     * {@link #decide(RequestKind, String, String, UnitScope, Decider, boolean, String)} with what only that kind's
     * decision carries ({@code details}, e.g. the unit a dispute settles on), applied before the approval is checked.
     */
    @Transactional
    public OrderRequest decide(
            RequestKind kind,
            String orderId,
            String requestId,
            UnitScope scope,
            Decider decider,
            boolean approve,
            String comment,
            Consumer<OrderRequest> details) {
        RectificationOrder order = orders.lock(orderId, scope);
        OrderRequest request = OrderRequest.<OrderRequest>find(
                        "id = ?1 and orderId = ?2 and kind = ?3", requestId, orderId, kind)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(kind.noun(), requestId));
        RequestType type = types.get(kind);
        request.checkDecidable(decider, approve, comment);
        details.accept(request);
        if (approve) {
            type.checkApproval(order);
        }
        request.decide(decider, approve, clock.instant(), comment);
        if (approve) {
            type.approved(order, request, comment);
        } else {
            type.rejected(order, request, comment);
        }
        return request;
    }

    /** The requests of {@code kind} of an order in {@code scope}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderRequest> list(RequestKind kind, String orderId, UnitScope scope) {
        RectificationOrder order = orders.find(orderId, scope)
                .orElseThrow(() -> ProblemException.notFound("rectification order", orderId));
        return OrderRequest.list("orderId = ?1 and kind = ?2 order by requestedAt, id", order.id(), kind);
    }
}
