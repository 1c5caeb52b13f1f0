package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rule extension, suspension and appeal requests share: decided once, never by whoever filed it. */
class OrderRequestTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

    private static SuspensionRequest pending(String by) {
        SuspensionRequest r = new SuspensionRequest();
        r.status = SuspensionRequest.Status.PENDING;
        r.requestedBy = by;
        r.reason = "需办理占道施工许可";
        return r;
    }

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).status();
    }

    @Test
    void theOfficeDecidesOnceAndTheDecisionIsKept() {
        SuspensionRequest r = pending("cgj1");
        r.decide(true, "office1", AT, "同意缓办");
        assertEquals(SuspensionRequest.Status.APPROVED, r.status);
        assertEquals("office1", r.decidedBy);
        assertEquals(AT, r.decidedAt);
        assertEquals("同意缓办", r.decisionComment);
        assertEquals(409, status(() -> r.decide(false, "office2", AT, "改为驳回")));
        assertEquals(SuspensionRequest.Status.APPROVED, r.status, "the first decision stands");
    }

    @Test
    void nobodyDecidesARequestTheyFiled() {
        // an office user who filed on behalf of a unit, or a department approving its own request
        SuspensionRequest s = pending("office1");
        assertEquals(409, status(() -> s.decide(true, "office1", AT, null)));
        assertEquals(SuspensionRequest.Status.PENDING, s.status);
        assertNull(s.decidedBy);
        ExtensionRequest e = new ExtensionRequest();
        e.status = ExtensionRequest.Status.PENDING;
        e.requestedBy = "cgj1";
        assertEquals(409, status(() -> e.decide(false, "cgj1", AT, "撤回")));
        Appeal a = new Appeal();
        a.status = Appeal.Status.PENDING;
        a.requestedBy = "office1";
        assertEquals(409, status(() -> a.decide(true, "office1", AT, "成立")));
        assertEquals(Appeal.Status.PENDING, a.status);
    }

    @Test
    void aRejectionNeedsAComment() {
        SuspensionRequest r = pending("cgj1");
        assertEquals(400, status(() -> r.decide(false, "office1", AT, " ")));
        assertEquals(SuspensionRequest.Status.PENDING, r.status);
        r.decide(false, "office1", AT, "理由不充分");
        assertEquals(SuspensionRequest.Status.REJECTED, r.status);
        // approval may go without one
        SuspensionRequest other = pending("cgj1");
        other.decide(true, "office1", AT, null);
        assertEquals(SuspensionRequest.Status.APPROVED, other.status);
    }
}
