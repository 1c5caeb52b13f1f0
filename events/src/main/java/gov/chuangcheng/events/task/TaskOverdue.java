package gov.chuangcheng.events.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** {@code cc.task.overdue.v1}: a task passed its due date without being completed. */
public record TaskOverdue(
        String taskId,
        String title,
        String leadUnitCode,
        String leadUnitName,
        LocalDate dueDate,
        OffsetDateTime detectedAt) {}
