package gov.chuangcheng.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Served while recent, refreshed once in the background when old, computed by every read when turned off. */
class RecentResultsTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Runnable> refreshes = new ArrayList<>();
    private final AtomicInteger computed = new AtomicInteger();

    private RecentResults<String, Integer> cache(Duration maxAge) {
        return new RecentResults<>(maxAge, 2, refreshes::add, now::get);
    }

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void aRecentResultIsServedWithoutComputing() {
        RecentResults<String, Integer> cache = cache(Duration.ofSeconds(5));
        assertEquals(1, cache.get("k", this::compute), "the first read computes in the caller");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(1, cache.get("k", this::compute));
        assertEquals(1, computed.get());
        assertEquals(0, refreshes.size());
    }

    @Test
    void anOldResultIsServedOnceMoreWhileOneRefreshRuns() {
        RecentResults<String, Integer> cache = cache(Duration.ofSeconds(5));
        cache.get("k", this::compute);
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertEquals(1, cache.get("k", this::compute), "stale, at once");
        assertEquals(1, cache.get("k", this::compute), "still stale: the refresh has not run");
        assertEquals(1, refreshes.size(), "one refresh, however many readers");
        refreshes.get(0).run();
        assertEquals(2, cache.get("k", this::compute));
        assertEquals(2, computed.get());
    }

    @Test
    void aFailedRefreshMakesTheNextReadComputeAndSeeTheFailure() {
        RecentResults<String, Integer> cache = cache(Duration.ofSeconds(5));
        cache.get("k", this::compute);
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        cache.get("k", () -> {
            throw new IllegalStateException("database gone");
        });
        refreshes.get(0).run();
        assertThrows(
                IllegalStateException.class,
                () -> cache.get("k", () -> {
                    throw new IllegalStateException("database gone");
                }));
        assertEquals(2, cache.get("k", this::compute));
    }

    @Test
    void zeroMaxAgeComputesEveryRead() {
        RecentResults<String, Integer> cache = cache(Duration.ZERO);
        cache.get("k", this::compute);
        cache.get("k", this::compute);
        assertEquals(2, computed.get());
    }

    @Test
    void keysAreKeptApartAndBounded() {
        RecentResults<String, Integer> cache = cache(Duration.ofSeconds(5));
        assertEquals(1, cache.get("a", this::compute));
        assertEquals(2, cache.get("b", this::compute));
        assertEquals(1, cache.get("a", this::compute));
        // a third key (maxKeys 2) starts over
        assertEquals(3, cache.get("c", this::compute));
        assertEquals(4, cache.get("a", this::compute));
        cache.clear();
        assertEquals(5, cache.get("a", this::compute));
    }
}
