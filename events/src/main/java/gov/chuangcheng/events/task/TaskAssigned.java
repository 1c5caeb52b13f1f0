package gov.chuangcheng.events.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code cc.task.assigned.v1}: a decomposed task (任务分解) was assigned to a lead unit and its co-units. */
public record TaskAssigned(
        String taskId,
        String title,
        String standardCode,
        String standardName,
        String leadUnitCode,
        String leadUnitName,
        List<String> coUnitCodes,
        LocalDate dueDate,
        String assignedBy,
        OffsetDateTime assignedAt) {}
