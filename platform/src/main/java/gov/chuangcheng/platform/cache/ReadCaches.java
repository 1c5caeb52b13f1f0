package gov.chuangcheng.platform.cache;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the {@link RecentResults} of a service's expensive views (rankings, dashboards) with one setting,
 * {@code cc.read-cache.max-age} (default 5 s; 0 turns caching off, as the unit-level tests do), and one background
 * thread that refreshes them.
 */
@ApplicationScoped
public class ReadCaches {

    private final Duration maxAge;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-cache-refresh");
        t.setDaemon(true);
        return t;
    });

    public ReadCaches(@ConfigProperty(name = "cc.read-cache.max-age", defaultValue = "5s") Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** A cache of at most {@code maxKeys} results (one per filter combination a view takes). */
    public <K, V> RecentResults<K, V> create(int maxKeys) {
        return new RecentResults<>(maxAge, maxKeys, refresher);
    }

    public Duration maxAge() {
        return maxAge;
    }

    @PreDestroy
    void close() {
        refresher.shutdownNow();
    }
}
