package gov.chuangcheng.inspection.patrol;

import gov.chuangcheng.events.evaluation.PointType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspector's patrol for one day: the points of the plan covering that day, each with whether it has been
 * inspected that day (by anyone; the day runs from 00:00 to 24:00 Asia/Shanghai). {@code planId} is null and
 * {@code points} empty when no plan covers the day.
 */
public record PatrolDayView(
        LocalDate date, String inspector, String planId, int planned, int inspected, List<DayPoint> points) {

    /** Coordinates are WGS-84. */
    public record DayPoint(
            String code,
            String name,
            PointType type,
            String typeName,
            String address,
            String street,
            double latitude,
            double longitude,
            String responsibleUnitCode,
            boolean active,
            boolean inspected,
            long inspectionCount,
            Instant lastInspectedAt,
            String lastInspectedBy) {}
}
