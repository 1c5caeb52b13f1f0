package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.events.assessment.UnitStanding;
import gov.chuangcheng.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Publishes the campaign's ranking ({@code cc.assessment.ranking-published.v1}) whenever its figures changed, so that
 * the dashboard shows exactly these figures instead of counting its own. The check runs on a clock: a deadline passing
 * changes the on-time rate without any write to notice. The last published digest is kept under a row lock, so
 * replicas publish one event per change, and the event goes out through the outbox with the digest it records.
 */
@ApplicationScoped
public class RankingPublisher {

    static final String KEY = "ranking";

    private final RankingService ranking;
    private final Outbox outbox;
    private final EntityManager em;

    public RankingPublisher(RankingService ranking, Outbox outbox, EntityManager em) {
        this.ranking = ranking;
        this.outbox = outbox;
        this.em = em;
    }

    @Scheduled(
            every = "${cc.ranking.publish-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "ranking-publisher")
    void run() {
        QuarkusTransaction.requiringNew().call(this::publish);
    }

    /** Publishes the ranking if its figures differ from the last published; whether it did. */
    @Transactional
    public boolean publish() {
        em.createNativeQuery("insert into ranking_publication (id, ranking_id, as_of) values (1, '', now()) "
                        + "on conflict (id) do nothing")
                .executeUpdate();
        String last =
                (String) em.createNativeQuery("select ranking_id from ranking_publication where id = 1 for update")
                        .getSingleResult();
        RankingReport report = ranking.report(null);
        List<UnitStanding> units =
                report.units().stream().map(RankingPublisher::standing).toList();
        String id = digest(units);
        if (id.equals(last)) {
            return false;
        }
        outbox.publish(
                EventCatalog.RANKING_PUBLISHED,
                KEY,
                new RankingPublished(id, report.asOf(), report.minimumSample(), units));
        em.createNativeQuery("update ranking_publication set ranking_id = ?1, as_of = ?2 where id = 1")
                .setParameter(1, id)
                .setParameter(2, report.asOf().toInstant())
                .executeUpdate();
        return true;
    }

    static UnitStanding standing(RankingRow row) {
        return new UnitStanding(
                row.rank(),
                row.unitCode(),
                row.unitName(),
                row.cumulativeScore(),
                row.entries(),
                row.onTime(),
                row.rework(),
                row.fixedOrders(),
                row.meanWorkingHoursToFix(),
                row.disputes());
    }

    /** SHA-256 of the figures: records print every field, so equal figures print alike. */
    static String digest(List<UnitStanding> units) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            units.forEach(u -> sha.update((u + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
