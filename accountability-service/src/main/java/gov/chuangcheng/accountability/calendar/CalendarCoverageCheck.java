package gov.chuangcheng.accountability.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/well}: DOWN while the working calendar deadlines need is missing ({@link CalendarCoverage}). A
 * wellness check, not a readiness one: the service keeps working (on the Monday–Friday rule), operations and the
 * office are told to load the year.
 */
@Wellness
@ApplicationScoped
public class CalendarCoverageCheck implements HealthCheck {

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;

    public CalendarCoverageCheck(EntityManager em, Clock clock, ZoneId zone) {
        this.em = em;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public HealthCheckResponse call() {
        @SuppressWarnings("unchecked")
        List<Number> years = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select year from working_calendar")
                        .getResultList());
        Set<Integer> loaded = new HashSet<>();
        years.forEach(y -> loaded.add(y.intValue()));
        CalendarCoverage coverage = CalendarCoverage.of(loaded, LocalDate.now(clock.withZone(zone)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("working-calendar")
                .status(coverage.sufficient())
                .withData("currentYear", coverage.currentYear())
                .withData("currentYearLoaded", coverage.currentLoaded())
                .withData("nextYear", coverage.nextYear())
                .withData("nextYearLoaded", coverage.nextLoaded());
        if (coverage.advice() != null) {
            response.withData("advice", coverage.advice());
        }
        return response.build();
    }
}
