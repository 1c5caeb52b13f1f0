package gov.chuangcheng.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports a stalled relay: events that should have reached Kafka long ago are still waiting. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration age = relay.oldestPendingAge();
        return HealthCheckResponse.named("outbox-relay")
                .status(age.compareTo(config.stallThreshold()) <= 0)
                .withData("oldestPendingSeconds", age.toSeconds())
                .withData("stallThresholdSeconds", config.stallThreshold().toSeconds())
                .build();
    }
}
