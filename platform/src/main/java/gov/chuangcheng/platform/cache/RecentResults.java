package gov.chuangcheng.platform.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keeps the latest result of an expensive read (a ranking over every unit, a dashboard over every task) and serves
 * it while it is at most {@code maxAge} old. An older result is still served once, at once, while one refresh runs
 * in the background (stale-while-revalidate, as in HTTP caching); the first read of a key computes it in the caller.
 * So with many people watching the rankings on the evaluation eve the database computes each view about once per
 * {@code maxAge}, whatever the number of readers, and no reader waits for it but the first. A {@code maxAge} of zero
 * turns the cache off: every read computes.
 *
 * <p>A result is never older than {@code maxAge} plus the time one computation takes, unless a refresh fails, in
 * which case the next read computes in the caller and sees the failure.
 */
public final class RecentResults<K, V> {

    private static final Logger LOG = Logger.getLogger(RecentResults.class);

    private final Duration maxAge;
    private final int maxKeys;
    private final Executor refresher;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public RecentResults(Duration maxAge, int maxKeys, Executor refresher) {
        this(maxAge, maxKeys, refresher, System::nanoTime);
    }

    RecentResults(Duration maxAge, int maxKeys, Executor refresher, LongSupplier nanoTime) {
        if (maxAge.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("maxAge must not be negative and maxKeys at least one");
        }
        this.maxAge = maxAge;
        this.maxKeys = maxKeys;
        this.refresher = refresher;
        this.nanoTime = nanoTime;
    }

    private record Entry<V>(V value, long computedAt, AtomicBoolean refreshing) {}

    /** The result for {@code key}: the kept one while recent enough, else computed by {@code compute}. */
    public V get(K key, Supplier<V> compute) {
        if (maxAge.isZero()) {
            return compute.get();
        }
        Entry<V> e = entries.get(key);
        if (e == null) {
            return store(key, compute).value();
        }
        if (nanoTime.getAsLong() - e.computedAt() >= maxAge.toNanos()
                && e.refreshing().compareAndSet(false, true)) {
            try {
                refresher.execute(() -> {
                    try {
                        store(key, compute);
                    } catch (RuntimeException failure) {
                        // the next read computes in its caller and reports the failure there
                        LOG.warnf("refreshing %s failed: %s", key, failure.toString());
                        entries.remove(key, e);
                    }
                });
            } catch (RuntimeException rejected) {
                e.refreshing().set(false);
                return store(key, compute).value();
            }
        }
        return e.value();
    }

    /** Forgets every kept result, e.g. after a change the readers must see at once. */
    public void clear() {
        entries.clear();
    }

    private Entry<V> store(K key, Supplier<V> compute) {
        long started = nanoTime.getAsLong();
        V value = compute.get();
        Entry<V> e = new Entry<>(value, started, new AtomicBoolean(false));
        if (entries.size() >= maxKeys && !entries.containsKey(key)) {
            entries.clear(); // rarely many keys (one per filter combination): start over rather than track use
        }
        entries.put(key, e);
        return e;
    }
}
