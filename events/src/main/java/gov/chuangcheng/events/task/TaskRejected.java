package gov.chuangcheng.events.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code cc.task.rejected.v1}: the campaign office did not accept a submitted task (验收不通过), with its reason; the
 * lead unit works on and submits again.
 *
 * @param reason     why the office did not accept it, for the lead unit to act on
 * @param rejectedBy username of the campaign-office user who decided
 */
public record TaskRejected(
        String taskId,
        String title,
        String leadUnitCode,
        String leadUnitName,
        LocalDate dueDate,
        String reason,
        String rejectedBy,
        OffsetDateTime rejectedAt) {}
