package gov.chuangcheng.inspection.patrol;

import gov.chuangcheng.events.evaluation.PointType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A patrol plan as the API shows it; {@code days} counts start and end date. */
public record PatrolPlanView(
        String id,
        String inspector,
        LocalDate startDate,
        LocalDate endDate,
        long days,
        String note,
        List<PlannedPoint> points,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A point of the plan, in the plan's order. */
    public record PlannedPoint(
            String code,
            String name,
            PointType type,
            String typeName,
            String address,
            String street,
            String responsibleUnitCode,
            boolean active) {}
}
