package gov.chuangcheng.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Supplier;

/** Waiting for the chain to settle before a test measures that it changes nothing. */
final class Settled {

    private Settled() {}

    /** Waits until what is read has not moved for 3 s (at most 90 s), and answers it. */
    @SuppressWarnings("unchecked")
    static <T> T value(Supplier<T> read) {
        Object[] last = {read.get()};
        long[] stableSince = {System.nanoTime()};
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    T now = read.get();
                    if (!now.equals(last[0])) {
                        last[0] = now;
                        stableSince[0] = System.nanoTime();
                    }
                    return System.nanoTime() - stableSince[0]
                            > Duration.ofSeconds(3).toNanos();
                });
        return (T) last[0];
    }
}
