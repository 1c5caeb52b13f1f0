package gov.chuangcheng.notification.webhook;

import static gov.chuangcheng.notification.webhook.RetryPolicy.Outcome.DELIVERED;
import static gov.chuangcheng.notification.webhook.RetryPolicy.Outcome.FAIL;
import static gov.chuangcheng.notification.webhook.RetryPolicy.Outcome.GONE;
import static gov.chuangcheng.notification.webhook.RetryPolicy.Outcome.RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookRulesTest {

    @Test
    void signsLikeTheStandardWebhooksReferenceExample() {
        // the example of the Standard Webhooks specification
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"));
        String secret = WebhookSignature.newSecret();
        assertTrue(WebhookSignature.isValidSecret(secret), secret);
        assertFalse(WebhookSignature.isValidSecret("whsec_not base64!"));
        assertFalse(WebhookSignature.isValidSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertFalse(WebhookSignature.isValidSecret("whsec_c2hvcnQ="));
    }

    @Test
    void retriesServerErrorsRateLimitsAndTimeoutsButNoOtherClientError() {
        assertEquals(DELIVERED, RetryPolicy.outcome(200));
        assertEquals(DELIVERED, RetryPolicy.outcome(204));
        assertEquals(RETRY, RetryPolicy.outcome(500));
        assertEquals(RETRY, RetryPolicy.outcome(503));
        assertEquals(RETRY, RetryPolicy.outcome(429));
        assertEquals(RETRY, RetryPolicy.outcome(408));
        assertEquals(RETRY, RetryPolicy.outcome(null));
        assertEquals(GONE, RetryPolicy.outcome(410));
        assertEquals(FAIL, RetryPolicy.outcome(400));
        assertEquals(FAIL, RetryPolicy.outcome(401));
        assertEquals(FAIL, RetryPolicy.outcome(404));
        assertEquals(FAIL, RetryPolicy.outcome(301));
    }

    @Test
    void backsOffExponentiallyAndHonoursRetryAfter() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        RetryPolicy exact = new RetryPolicy(RetryPolicy.STANDARD_SCHEDULE, 0, () -> 0.5);
        assertEquals(Optional.of(Duration.ofSeconds(5)), exact.pause(1, Optional.empty()));
        assertEquals(Optional.of(Duration.ofMinutes(5)), exact.pause(2, Optional.empty()));
        assertEquals(Optional.of(Duration.ofMinutes(30)), exact.pause(3, Optional.empty()));
        assertEquals(Optional.of(Duration.ofHours(10)), exact.pause(11, Optional.empty()));
        assertEquals(Optional.empty(), exact.pause(12, Optional.empty()), "the schedule is used up");
        assertEquals(12, exact.maxAttempts());
        Duration total = RetryPolicy.STANDARD_SCHEDULE.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofDays(2)) > 0 && total.compareTo(Duration.ofDays(4)) < 0, total::toString);
        assertEquals(Optional.of(Duration.ofSeconds(120)), exact.pause(1, RetryPolicy.retryAfter("120", now)));
        // a shorter Retry-After does not shorten the backoff
        assertEquals(Optional.of(Duration.ofMinutes(5)), exact.pause(2, RetryPolicy.retryAfter("5", now)));
        // jitter spreads the pause by at most ±10 %
        assertEquals(
                Optional.of(Duration.ofMillis(4500)),
                new RetryPolicy(RetryPolicy.STANDARD_SCHEDULE, 0.1, () -> 0.0).pause(1, Optional.empty()));
        assertEquals(
                Optional.of(Duration.ofMillis(5500)),
                new RetryPolicy(RetryPolicy.STANDARD_SCHEDULE, 0.1, () -> 1.0).pause(1, Optional.empty()));
        assertEquals(Optional.of(Duration.ofMinutes(5)), RetryPolicy.retryAfter("Wed, 25 Nov 2026 10:05:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter("soon", now));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter(null, now));
    }

    @Test
    void refusesInternalTargetsUnlessAllowListed() throws Exception {
        TargetGuard guard = new TargetGuard(Set.of("127.0.0.1"), TargetGuardResolver.FAKE);
        assertEquals(Optional.empty(), guard.refusal("https://hooks.example.gov.cn/cc"));
        assertEquals(Optional.empty(), guard.refusal("http://127.0.0.1:8099/hook"));
        assertTrue(guard.refusal("http://localhost:8099/hook").isPresent());
        assertTrue(guard.refusal("http://127.0.0.2/hook").isPresent());
        assertTrue(guard.refusal("http://169.254.169.254/latest/meta-data").isPresent());
        assertTrue(guard.refusal("http://metadata.google.internal/").isPresent());
        assertTrue(guard.refusal("http://10.1.2.3/").isPresent());
        assertTrue(guard.refusal("http://192.168.1.1/").isPresent());
        assertTrue(guard.refusal("http://[::1]/").isPresent());
        assertTrue(guard.refusal("http://[fd00::1]/").isPresent());
        assertTrue(guard.refusal("http://0.0.0.0/").isPresent());
        assertTrue(guard.refusal("http://internal.example/").isPresent()); // resolves to 10.0.0.5
        assertTrue(guard.refusal("ftp://hooks.example.gov.cn/").isPresent());
        assertTrue(guard.refusal("https://user:pw@hooks.example.gov.cn/").isPresent());
        assertTrue(guard.refusal("not a url").isPresent());
        assertTrue(guard.refusal("https://nowhere.invalid/").isPresent());
    }

    /** Name resolution without DNS, so that the test does not depend on the network. */
    enum TargetGuardResolver implements TargetGuard.Resolver {
        FAKE;

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return switch (host) {
                case "hooks.example.gov.cn" -> new InetAddress[] {InetAddress.getByName("203.0.113.7")};
                case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
                case "internal.example" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
                case "nowhere.invalid" -> throw new UnknownHostException(host);
                default -> InetAddress.getAllByName(host); // IP literals only
            };
        }
    }
}
