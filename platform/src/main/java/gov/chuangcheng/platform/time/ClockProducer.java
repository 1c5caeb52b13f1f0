package gov.chuangcheng.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of "now" for domain code. Application-scoped (so a client proxy) so that a test can swap in an
 * adjustable clock with {@code QuarkusMock} and advance time instead of sleeping.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
