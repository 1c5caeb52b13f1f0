package gov.chuangcheng.accountability.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.chuangcheng.platform.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule extension, suspension and appeal requests share: decided once, never by whoever filed it. */
class OrderRequestTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
    private static final Decider OFFICE1 = new Decider("office1", true);
    private static final Decider OFFICE2 = new Decider("office2", true);

    private static OrderRequest pending(RequestKind kind, String by) {
        return OrderRequest.file(kind, "order-1", "需办理占道施工许可", by, AT);
    }

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).status();
    }

    @Test
    void theOfficeDecidesOnceAndTheDecisionIsKept() {
        OrderRequest r = pending(RequestKind.SUSPENSION, "cgj1");
        r.decide(OFFICE1, true, AT, "同意缓办");
        assertEquals(RequestStatus.APPROVED, r.status);
        assertEquals("office1", r.decidedBy);
        assertEquals(AT, r.decidedAt);
        assertEquals("同意缓办", r.decisionComment);
        assertEquals(409, status(() -> r.decide(OFFICE2, false, AT, "改为驳回")));
        assertEquals(RequestStatus.APPROVED, r.status, "the first decision stands");
    }

    @Test
    void nobodyDecidesARequestTheyFiled() {
        // an office user who filed on behalf of a unit, or a department approving its own request
        OrderRequest s = pending(RequestKind.SUSPENSION, "office1");
        assertEquals(409, status(() -> s.decide(OFFICE1, true, AT, null)));
        assertEquals(RequestStatus.PENDING, s.status);
        assertNull(s.decidedBy);
        OrderRequest e = pending(RequestKind.EXTENSION, "cgj1");
        assertEquals(409, status(() -> e.decide(new Decider("cgj1", false), false, AT, "撤回")));
        OrderRequest a = pending(RequestKind.APPEAL, "office1");
        assertEquals(409, status(() -> a.decide(OFFICE1, true, AT, "成立")));
        assertEquals(RequestStatus.PENDING, a.status);
    }

    @Test
    void onlyTheOfficeDecides() {
        OrderRequest r = pending(RequestKind.SUSPENSION, "sq0101");
        assertEquals(403, status(() -> r.decide(new Decider("jd01", false), true, AT, "同意")));
        assertEquals(RequestStatus.PENDING, r.status);
    }

    @Test
    void aRejectionNeedsAComment() {
        OrderRequest r = pending(RequestKind.SUSPENSION, "cgj1");
        assertEquals(400, status(() -> r.decide(OFFICE1, false, AT, " ")));
        assertEquals(RequestStatus.PENDING, r.status);
        r.decide(OFFICE1, false, AT, "理由不充分");
        assertEquals(RequestStatus.REJECTED, r.status);
        // approval may go without one
        OrderRequest other = pending(RequestKind.SUSPENSION, "cgj1");
        other.decide(OFFICE1, true, AT, null);
        assertEquals(RequestStatus.APPROVED, other.status);
    }

    @Test
    void eachKindNamesItsStatusAsPeopleDo() {
        OrderRequest appeal = pending(RequestKind.APPEAL, "cgj1");
        assertEquals("待裁定", appeal.statusName());
        appeal.decide(OFFICE1, true, AT, "属实");
        assertEquals("申诉成立", appeal.statusName());
        assertEquals(Appeals.Status.UPHELD, Appeals.Status.of(appeal.status));
        OrderRequest extension = pending(RequestKind.EXTENSION, "cgj1");
        assertEquals("待审批", extension.statusName());
        extension.decide(OFFICE1, false, AT, "理由不充分");
        assertEquals("已驳回", extension.statusName());
    }
}
