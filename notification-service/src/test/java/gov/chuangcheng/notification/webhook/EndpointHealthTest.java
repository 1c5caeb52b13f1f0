package gov.chuangcheng.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EndpointHealthTest {

    private static final Instant SINCE = Instant.parse("2026-12-01T00:00:00Z");
    private final EndpointHealth health = new EndpointHealth(10, Duration.ofDays(5));

    @Test
    void anEndpointIsDisabledOnlyWhenItHasFailedLongEnoughAndOftenEnough() {
        Instant fiveDaysLater = SINCE.plus(Duration.ofDays(5));
        assertTrue(health.shouldDisable(10, SINCE, fiveDaysLater));
        assertTrue(health.shouldDisable(30, SINCE, fiveDaysLater.plusSeconds(1)));
        assertFalse(health.shouldDisable(10, SINCE, fiveDaysLater.minusSeconds(1)), "not failing for 5 days yet");
        assertFalse(
                health.shouldDisable(9, SINCE, SINCE.plus(Duration.ofDays(30))),
                "a quiet endpoint that failed a few times long ago is not disabled by its next failure");
        assertFalse(health.shouldDisable(0, null, fiveDaysLater), "healthy");
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EndpointHealth(0, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new EndpointHealth(3, Duration.ofDays(-1)));
    }
}
