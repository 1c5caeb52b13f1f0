package gov.chuangcheng.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward instead of sleeping. Install it with {@code QuarkusMock.installMockForType}. */
public class AdjustableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public AdjustableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public AdjustableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
