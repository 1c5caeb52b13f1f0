package gov.chuangcheng.task.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The active evaluation system is shared by every test of a run: a test that reads it activates a version of its own
 * and gives the one it found back afterwards, so that the other tests find what they left.
 */
public final class ActiveVersions {

    private final EntityManager em;
    private String previous;

    public ActiveVersions(EntityManager em) {
        this.em = em;
    }

    /** Remembers the version active now, unless it is {@code own} (left over from this class's previous test). */
    public void remember(String own) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> active = em.createNativeQuery("select version from evaluation_system where active")
                    .getResultList();
            previous = active.isEmpty() || active.get(0).equals(own) ? null : active.get(0);
        });
    }

    /** Whether {@code version} is the active one. */
    public boolean isActive(String version) {
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery("select 1 from evaluation_system where active and version = ?1")
                        .setParameter(1, version)
                        .getResultList()
                        .isEmpty());
    }

    /** Makes {@code version} the active one; an unknown version leaves none active. */
    public void activate(String version) {
        // one version active at most (a unique index): the old one goes before the new one comes
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update evaluation_system set active = false where active")
                    .executeUpdate();
            em.createNativeQuery("update evaluation_system set active = true where version = ?1")
                    .setParameter(1, version)
                    .executeUpdate();
        });
    }

    /** Gives back the version {@link #remember} found, or leaves none active when there was none. */
    public void restore() {
        activate(previous == null ? "" : previous);
    }
}
