package gov.chuangcheng.accountability.rectification;

import static gov.chuangcheng.accountability.rectification.RectificationAction.ACKNOWLEDGE;
import static gov.chuangcheng.accountability.rectification.RectificationAction.FAIL_REINSPECTION;
import static gov.chuangcheng.accountability.rectification.RectificationAction.PASS_REINSPECTION;
import static gov.chuangcheng.accountability.rectification.RectificationAction.REASSIGN;
import static gov.chuangcheng.accountability.rectification.RectificationAction.REQUEST_VERIFICATION;
import static gov.chuangcheng.accountability.rectification.RectificationAction.SEND_BACK;
import static gov.chuangcheng.accountability.rectification.RectificationAction.SUBMIT;
import static gov.chuangcheng.accountability.rectification.RectificationAction.WITHDRAW;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.ACKNOWLEDGED;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.CLOSED;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.OPEN;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.SUBMITTED;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.VERIFYING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RectificationStateMachineTest {

    /** The only legal transitions; every other (status, action) pair is illegal. */
    private static final Map<String, RectificationStatus> LEGAL = Map.ofEntries(
            Map.entry(OPEN + "/" + ACKNOWLEDGE, ACKNOWLEDGED),
            Map.entry(ACKNOWLEDGED + "/" + SUBMIT, SUBMITTED),
            Map.entry(SUBMITTED + "/" + REQUEST_VERIFICATION, VERIFYING),
            Map.entry(VERIFYING + "/" + PASS_REINSPECTION, CLOSED),
            Map.entry(VERIFYING + "/" + FAIL_REINSPECTION, OPEN),
            Map.entry(OPEN + "/" + WITHDRAW, CLOSED),
            Map.entry(ACKNOWLEDGED + "/" + WITHDRAW, CLOSED),
            Map.entry(SUBMITTED + "/" + WITHDRAW, CLOSED),
            Map.entry(VERIFYING + "/" + WITHDRAW, CLOSED),
            Map.entry(SUBMITTED + "/" + PASS_REINSPECTION, CLOSED),
            Map.entry(SUBMITTED + "/" + FAIL_REINSPECTION, OPEN),
            // 改派 only while the unit still has to act: the new unit starts at 待整改
            Map.entry(OPEN + "/" + REASSIGN, OPEN),
            Map.entry(ACKNOWLEDGED + "/" + REASSIGN, OPEN),
            // 退回: a submitted fix goes back to the unit, which has signed for it already
            Map.entry(SUBMITTED + "/" + SEND_BACK, ACKNOWLEDGED),
            Map.entry(VERIFYING + "/" + SEND_BACK, ACKNOWLEDGED));

    @Test
    void theHappyPathRunsFromOpenToClosed() {
        RectificationStatus s = OPEN;
        s = RectificationStateMachine.apply(s, ACKNOWLEDGE);
        assertEquals(ACKNOWLEDGED, s);
        s = RectificationStateMachine.apply(s, SUBMIT);
        assertEquals(SUBMITTED, s);
        s = RectificationStateMachine.apply(s, REQUEST_VERIFICATION);
        assertEquals(VERIFYING, s);
        assertEquals(OPEN, RectificationStateMachine.apply(s, FAIL_REINSPECTION));
        assertEquals(CLOSED, RectificationStateMachine.apply(s, PASS_REINSPECTION));
    }

    @Test
    void everyOtherPairIsIllegal() {
        int illegal = 0;
        for (RectificationStatus from : RectificationStatus.values()) {
            for (RectificationAction action : RectificationAction.values()) {
                RectificationStatus expected = LEGAL.get(from + "/" + action);
                assertEquals(
                        Optional.ofNullable(expected),
                        RectificationStateMachine.next(from, action),
                        from + " " + action);
                if (expected == null) {
                    illegal++;
                    assertThrows(
                            RectificationStateMachine.IllegalTransitionException.class,
                            () -> RectificationStateMachine.apply(from, action));
                }
            }
        }
        assertEquals(RectificationStatus.values().length * RectificationAction.values().length - LEGAL.size(), illegal);
    }

    @Test
    void aClosedOrderCannotBeSubmittedAndTheMessageSaysWhy() {
        var e = assertThrows(
                RectificationStateMachine.IllegalTransitionException.class,
                () -> RectificationStateMachine.apply(CLOSED, SUBMIT));
        assertTrue(e.getMessage().contains("已销号"), e.getMessage());
        assertThrows(
                RectificationStateMachine.IllegalTransitionException.class,
                () -> RectificationStateMachine.apply(OPEN, SUBMIT),
                "submitting needs the order signed for first");
    }

    @Test
    void onlyOpenAndAcknowledgedOrdersWaitForTheUnit() {
        assertTrue(OPEN.awaitsUnit());
        assertTrue(ACKNOWLEDGED.awaitsUnit());
        for (RectificationStatus s : new RectificationStatus[] {SUBMITTED, VERIFYING, CLOSED}) {
            assertTrue(!s.awaitsUnit(), s.name());
        }
    }
}
