package gov.chuangcheng.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now" for domain code, and of the district's zone beside it. The clock is application-scoped (so
 * a client proxy) so that a test can swap in an adjustable clock with {@code QuarkusMock} and advance time instead of
 * sleeping.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }

    /** The district's zone ({@code cc.calendar.zone}); dependent-scoped, since a {@link ZoneId} is a value. */
    @Produces
    @DefaultBean
    ZoneId districtZone(DistrictConfig district) {
        return district.zone();
    }
}
