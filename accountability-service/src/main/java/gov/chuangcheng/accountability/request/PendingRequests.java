package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What waits for the campaign office's decision across orders (待办): every request a unit filed and the office has not
 * decided yet — extensions, suspensions, appeals, disputes — oldest first, so that nothing waits longest unseen.
 */
@ApplicationScoped
public class PendingRequests {

    /** One request waiting for the office. */
    @Schema(name = "PendingOrderRequest")
    public record View(
            String id,
            RequestKind kind,
            @Schema(description = "延期申请, 缓办申请, 申诉 or 退单") String kindName,
            String orderId,
            String orderNumber,
            String unitCode,
            String unitName,
            String pointName,
            String standardName,
            String reason,

            @Schema(description = "the working days an extension asks for")
            Integer workingDays,

            String requestedBy,
            OffsetDateTime requestedAt) {}

    private final EntityManager em;
    private final ZoneId zone;

    public PendingRequests(EntityManager em, ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    /** Every pending request, the longest waiting first; {@code kind} null for all kinds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<View> list(RequestKind kind, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select r.id, r.kind, r.order_id, o.number, o.unit_code, o.unit_name, o.point_name,
                               o.standard_name, r.reason, r.working_days, r.requested_by, r.requested_at
                        from order_request r join rectification_order o on o.id = r.order_id
                        where r.status = 'PENDING' and (cast(?1 as varchar) is null or r.kind = ?1)
                        order by r.requested_at, r.id
                        limit ?2""")
                .setParameter(1, kind == null ? null : kind.name())
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    RequestKind k = RequestKind.valueOf((String) r[1]);
                    return new View(
                            (String) r[0],
                            k,
                            k.displayName(),
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            (String) r[7],
                            (String) r[8],
                            r[9] == null ? null : ((Number) r[9]).intValue(),
                            (String) r[10],
                            SqlTimes.instant(r[11]).atZone(zone).toOffsetDateTime());
                })
                .toList();
    }
}
