package gov.chuangcheng.events.inspection;

import java.time.OffsetDateTime;

/**
 * {@code cc.reinspection.falling-due.v1}: a re-inspection (复查) is about to fall due, or has fallen due without a result
 * (a late verification: the office's own lateness, never an entry in the unit's ledger). Published once for each.
 *
 * @param inspector its inspector; null while it waits in the pool (复查池)
 * @param overdue   false: due soon; true: its deadline has passed
 */
public record ReinspectionFallingDue(
        ReinspectionRef reinspection, String inspector, boolean overdue, OffsetDateTime at) {}
