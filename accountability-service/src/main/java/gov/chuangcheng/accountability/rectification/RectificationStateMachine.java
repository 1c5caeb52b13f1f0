package gov.chuangcheng.accountability.rectification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The life of an order: 待整改 OPEN → 已签收 ACKNOWLEDGED → 已提交 SUBMITTED → 待复查 VERIFYING → 已销号 CLOSED. The
 * verification of a submitted fix — the re-inspection the office asked for, or a patrol inspection of the standard
 * after the submission — closes it or sends it back to OPEN (返工); the office may send a submission back before it
 * is verified (退回, to ACKNOWLEDGED); the office withdraws (void, merge, an upheld appeal)
 * any order that is not closed yet. Anything else is an illegal transition.
 */
public final class RectificationStateMachine {

    private static final Map<RectificationStatus, Map<RectificationAction, RectificationStatus>> TRANSITIONS =
            new EnumMap<>(RectificationStatus.class);

    static {
        allow(RectificationStatus.OPEN, RectificationAction.ACKNOWLEDGE, RectificationStatus.ACKNOWLEDGED);
        allow(RectificationStatus.ACKNOWLEDGED, RectificationAction.SUBMIT, RectificationStatus.SUBMITTED);
        allow(RectificationStatus.SUBMITTED, RectificationAction.REQUEST_VERIFICATION, RectificationStatus.VERIFYING);
        allow(RectificationStatus.VERIFYING, RectificationAction.PASS_REINSPECTION, RectificationStatus.CLOSED);
        allow(RectificationStatus.VERIFYING, RectificationAction.FAIL_REINSPECTION, RectificationStatus.OPEN);
        // a patrol's finding after the submission verifies the fix before the office asked for it
        allow(RectificationStatus.SUBMITTED, RectificationAction.PASS_REINSPECTION, RectificationStatus.CLOSED);
        allow(RectificationStatus.SUBMITTED, RectificationAction.FAIL_REINSPECTION, RectificationStatus.OPEN);
        // 改派: the new unit starts at 待整改; once a fix is submitted the order is verified where it is
        allow(RectificationStatus.OPEN, RectificationAction.REASSIGN, RectificationStatus.OPEN);
        allow(RectificationStatus.ACKNOWLEDGED, RectificationAction.REASSIGN, RectificationStatus.OPEN);
        // 退回: the office sends a submitted fix back before it is verified; the unit has signed for it already
        allow(RectificationStatus.SUBMITTED, RectificationAction.SEND_BACK, RectificationStatus.ACKNOWLEDGED);
        allow(RectificationStatus.VERIFYING, RectificationAction.SEND_BACK, RectificationStatus.ACKNOWLEDGED);
        // the office withdraws (作废, 合并, 申诉成立) an order that is not closed yet
        for (RectificationStatus s : RectificationStatus.values()) {
            if (s != RectificationStatus.CLOSED) {
                allow(s, RectificationAction.WITHDRAW, RectificationStatus.CLOSED);
            }
        }
    }

    private RectificationStateMachine() {}

    private static void allow(RectificationStatus from, RectificationAction action, RectificationStatus to) {
        TRANSITIONS
                .computeIfAbsent(from, f -> new EnumMap<>(RectificationAction.class))
                .put(action, to);
    }

    /** The status after {@code action}, or empty when {@code action} is not allowed in {@code from}. */
    public static Optional<RectificationStatus> next(RectificationStatus from, RectificationAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    /** The status after {@code action}; throws {@link IllegalTransitionException} when it is not allowed. */
    public static RectificationStatus apply(RectificationStatus from, RectificationAction action) {
        return next(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
    }

    /** An action that the order's status does not allow. */
    public static final class IllegalTransitionException extends RuntimeException {
        private final RectificationStatus from;
        private final RectificationAction action;

        public IllegalTransitionException(RectificationStatus from, RectificationAction action) {
            super("an order that is " + from.displayName() + " (" + from + ") cannot be " + action.displayName() + " ("
                    + action + ")");
            this.from = from;
            this.action = action;
        }

        public RectificationStatus from() {
            return from;
        }

        public RectificationAction action() {
            return action;
        }
    }
}
