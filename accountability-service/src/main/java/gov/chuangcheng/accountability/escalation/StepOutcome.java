package gov.chuangcheng.accountability.escalation;

/** What became of a due step of the ladder once it was settled: a plain value the order's side returns. */
public enum StepOutcome {
    /** the order climbed to the step's level */
    FIRED,
    /** the order was already there, or was not waiting for its unit */
    SKIPPED,
    /** superseded: the order closed or got a new deadline */
    CANCELLED
}
