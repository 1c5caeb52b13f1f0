package gov.chuangcheng.accountability.construction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A construction suspension as clients see it; {@code orderNumbers} only when it was just started. */
public record ConstructionView(
        String id,
        List<String> pointIds,
        String reason,
        LocalDate until,
        Instant resumeAt,
        String createdBy,
        Instant createdAt,
        int orderCount,
        Instant endedAt,
        String endedBy,
        List<String> orderNumbers) {

    static ConstructionView of(ConstructionSuspension c, List<String> orderNumbers) {
        return new ConstructionView(
                c.id(),
                c.pointIds(),
                c.reason(),
                c.until(),
                c.resumeAt(),
                c.createdBy(),
                c.createdAt(),
                c.orderCount(),
                c.endedAt(),
                c.endedBy(),
                orderNumbers);
    }
}
