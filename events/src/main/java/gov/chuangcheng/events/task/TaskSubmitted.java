package gov.chuangcheng.events.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code cc.task.submitted.v1}: the lead unit submitted a task for the campaign office's acceptance (提交验收); the task
 * waits for the office's decision from now on.
 *
 * @param submittedBy username of the user who submitted it
 */
public record TaskSubmitted(
        String taskId,
        String title,
        String leadUnitCode,
        String leadUnitName,
        LocalDate dueDate,
        String submittedBy,
        OffsetDateTime submittedAt) {}
