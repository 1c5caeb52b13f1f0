package gov.chuangcheng.events.patrol;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.patrol-plan.assigned.v1}: an inspector was given a patrol plan (巡查计划), or their plan was changed.
 *
 * @param pointCodes the points to patrol each day, in order
 * @param changed    false for a new plan, true when an existing plan was changed
 */
public record PatrolPlanAssigned(
        String planId,
        String inspector,
        LocalDate startDate,
        LocalDate endDate,
        List<String> pointCodes,
        String note,
        boolean changed,
        String by,
        OffsetDateTime at) {}
