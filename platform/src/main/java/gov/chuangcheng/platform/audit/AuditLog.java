package gov.chuangcheng.platform.audit;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Who read what: one entry per successful answer of an {@link Audited} method, with the caller, their roles, what was
 * read and the request. Entries are only added, never changed; the office queries them ({@code GET /audit}).
 */
@ApplicationScoped
public class AuditLog {

    /** One entry as the office reads it. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String roles,
            Audited.Kind kind,
            String what,
            String method,
            String target,
            int status) {}

    private final EntityManager em;
    private final Clock clock;

    public AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records in a transaction of its own: the answer's transaction has committed by the time it is sent. */
    public void record(String actor, String roles, Audited a, String method, String target, int status) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into audit_entry (at, actor, roles, kind, what, method, target, status)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                        .setParameter(1, clock.instant())
                        .setParameter(2, truncate(actor, 255))
                        .setParameter(3, truncate(roles, 255))
                        .setParameter(4, a.kind().name())
                        .setParameter(5, truncate(a.what(), 255))
                        .setParameter(6, method)
                        .setParameter(7, truncate(target, 2048))
                        .setParameter(8, status)
                        .executeUpdate());
    }

    /** Entries newest first, optionally of one actor and within [from, to). */
    public Page<Entry> find(String actor, Instant from, Instant to, PageRequest paging) {
        String where = " where (cast(?1 as text) is null or actor = ?1)"
                + " and (cast(?2 as timestamptz) is null or at >= ?2)"
                + " and (cast(?3 as timestamptz) is null or at < ?3)";
        Number total = (Number) em.createNativeQuery("select count(*) from audit_entry" + where)
                .setParameter(1, actor)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, at, actor, roles, kind, what, method, target, status from audit_entry" + where
                                + " order by at desc, id desc")
                .setParameter(1, actor)
                .setParameter(2, from)
                .setParameter(3, to)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size)
                .getResultList();
        List<Entry> entries = rows.stream()
                .map(r -> new Entry(
                        ((Number) r[0]).longValue(),
                        gov.chuangcheng.platform.time.SqlTimes.instant(r[1]),
                        (String) r[2],
                        (String) r[3],
                        Audited.Kind.valueOf((String) r[4]),
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        ((Number) r[8]).intValue()))
                .toList();
        return new Page<>(entries, paging.page, paging.size, total.longValue());
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
