package gov.chuangcheng.events.rectification;

/**
 * A payload of {@code cc.rectifications.v1}: every event of an order's life carries the order it concerns, so a
 * consumer reads {@link #order()} of any of them without a chain of {@code instanceof} checks. Sealed, so that a new
 * order event is added here and every {@code switch} over them learns of it. The interface adds nothing to the JSON:
 * the payload is still just the record's components.
 */
public sealed interface OrderEvent
        permits RectificationOpened,
                RectificationAcknowledged,
                RectificationSubmitted,
                VerificationRequested,
                RectificationSentBack,
                RectificationExtended,
                RectificationSuspended,
                RectificationResumed,
                RectificationEscalated,
                RectificationEvidenceAdded,
                RectificationClosed,
                RectificationAppealed,
                AppealDecided,
                RectificationDisputed,
                DisputeDecided,
                RectificationReassigned,
                RectificationDispatched,
                RectificationChangeRequested,
                ResponsibilitySettled {

    /** The order as it is after the event; {@code null} only in a malformed event, which consumers reject. */
    OrderRef order();
}
