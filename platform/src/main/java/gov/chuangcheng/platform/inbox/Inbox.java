package gov.chuangcheng.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer's message log: {@code (consumer, event id)} is recorded in the transaction of the event's effect.
 * A redelivered event finds its record and changes nothing; a concurrent second delivery waits on the primary key
 * until the first commits and then finds it too.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String eventType) {
        return em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, eventType)
                        .executeUpdate()
                == 1;
    }
}
