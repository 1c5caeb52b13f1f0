package gov.chuangcheng.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Domain rules of subscriptions: filters, ownership, signing with several secrets. */
class SubscriptionRulesTest {

    private static final String OPENED = "cc.rectification.opened.v1";
    private static final String CLOSED = "cc.rectification.closed.v1";

    @Test
    void anEmptyFilterTakesEverythingAndAUnitIncludesTheUnitsBelowIt() {
        SubscriptionFilter all = new SubscriptionFilter(List.of(), List.of());
        assertTrue(all.accepts(OPENED, Set.of("SQ0101", "JD01")));
        assertTrue(all.accepts(OPENED, Set.of()), "an event of no unit reaches an unfiltered subscription");

        SubscriptionFilter street = new SubscriptionFilter(List.of(OPENED), List.of("JD01"));
        assertTrue(street.accepts(OPENED, Set.of("JD01")));
        assertTrue(street.accepts(OPENED, Set.of("SQ0101", "JD01")), "a community below the street");
        assertFalse(street.accepts(OPENED, Set.of("CGJ")));
        assertFalse(street.accepts(OPENED, Set.of()), "an event of no unit does not reach a unit filter");
        assertFalse(street.accepts(CLOSED, Set.of("JD01")), "another event type");

        SubscriptionFilter community = new SubscriptionFilter(null, List.of("SQ0101"));
        assertFalse(community.accepts(OPENED, Set.of("JD01")), "a unit does not include the unit above it");
        assertEquals("CGJ,JD01", SubscriptionFilter.join(List.of("JD01", "CGJ", "JD01")));
        assertEquals(List.of("CGJ", "JD01"), SubscriptionFilter.parse("CGJ, JD01,"));
    }

    @Test
    void theOfficeManagesEverySubscriptionAClientOnlyItsOwn() {
        Caller office = new Caller("office1", true);
        Caller hotline = new Caller("hotline-12345", false);
        assertTrue(office.mayManage("hotline-12345"));
        assertTrue(office.mayManage(null));
        assertTrue(hotline.mayManage("hotline-12345"));
        assertFalse(hotline.mayManage("szcg-gateway"));
        assertFalse(hotline.mayManage(null), "a subscription of nobody is the office's");
    }

    @Test
    void duringAnOverlapTheHeaderCarriesOneSignaturePerSecretSpaceSeparated() {
        String current = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String previous = WebhookSignature.newSecret();
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String body = "{\"test\": 2432232314}";
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= "
                        + WebhookSignature.sign(previous, id, 1614265330, body),
                WebhookSignature.header(List.of(current, previous), id, 1614265330, body));
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.header(List.of(current), id, 1614265330, body));

        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        WebhookSubscription s = new WebhookSubscription();
        s.secret = current;
        assertEquals(List.of(current), s.signingSecrets(now));
        s.previousSecret = previous;
        s.previousSecretExpiresAt = now.plus(Duration.ofHours(24));
        assertEquals(List.of(current, previous), s.signingSecrets(now));
        assertEquals(List.of(current, previous), s.signingSecrets(now.plus(Duration.ofHours(23))));
        assertEquals(List.of(current), s.signingSecrets(now.plus(Duration.ofHours(24))), "expired at the end");
        s.previousSecretExpiresAt = null;
        assertEquals(List.of(current), s.signingSecrets(now));
        assertNull(new WebhookSubscription().previousSecretExpiresAt);
    }
}
