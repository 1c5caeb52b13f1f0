package gov.chuangcheng.events.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** {@code cc.task.completed.v1}: the lead unit completed a task; {@code onTime} counts toward its on-time rate. */
public record TaskCompleted(
        String taskId,
        String title,
        String leadUnitCode,
        String leadUnitName,
        LocalDate dueDate,
        OffsetDateTime completedAt,
        boolean onTime) {}
