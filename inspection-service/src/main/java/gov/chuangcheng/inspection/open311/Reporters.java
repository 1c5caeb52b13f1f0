package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.platform.security.Masking;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The 12345 callers' personal data (name, mail, phone, device): shown whole to the office, which calls back (回访),
 * masked to leaders, published to nobody; and erased once {@code cc.open311.reporter-retention} has passed since the
 * report (the request itself, its place and its problem stay).
 */
@ApplicationScoped
public class Reporters {

    private static final Logger LOG = Logger.getLogger(Reporters.class);

    /** Who reported a request, as far as they said. */
    public record Reporter(
            String serviceRequestId, String name, String email, String phone, Instant requestedAt, boolean erased) {

        Reporter masked() {
            return new Reporter(
                    serviceRequestId,
                    Masking.name(name),
                    Masking.email(email),
                    Masking.phone(phone),
                    requestedAt,
                    erased);
        }
    }

    private final EntityManager em;
    private final Open311Config config;
    private final Clock clock;

    public Reporters(EntityManager em, Open311Config config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Reporter> of(String serviceRequestId, boolean unmasked) {
        Optional<UUID> id;
        try {
            id = Optional.of(UUID.fromString(serviceRequestId));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        return id.flatMap(uuid -> ServiceRequest.<ServiceRequest>findByIdOptional(uuid))
                .map(r -> new Reporter(
                        r.id.toString(),
                        r.reporterName,
                        r.reporterEmail,
                        r.reporterPhone,
                        r.requestedAt,
                        r.reporterName == null
                                && r.reporterEmail == null
                                && r.reporterPhone == null
                                && r.deviceId == null
                                && r.requestedAt.isBefore(cutoff())))
                .map(r -> unmasked ? r : r.masked());
    }

    /** Erases what callers said about themselves in requests older than the retention; answers how many. */
    @Transactional
    public int eraseExpired() {
        int erased = em.createQuery("""
                        update ServiceRequest r set r.reporterName = null, r.reporterEmail = null,
                            r.reporterPhone = null, r.deviceId = null
                        where r.requestedAt < :cutoff and (r.reporterName is not null or r.reporterEmail is not null
                            or r.reporterPhone is not null or r.deviceId is not null)""").setParameter("cutoff", cutoff()).executeUpdate();
        if (erased > 0) {
            LOG.infof(
                    "erased the callers' personal data of %d service requests older than %s",
                    erased, config.reporterRetention());
        }
        return erased;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseHourly() {
        eraseExpired();
    }

    private Instant cutoff() {
        return clock.instant().minus(config.reporterRetention());
    }
}
