package gov.chuangcheng.inspection.finding;

import java.time.Instant;

/**
 * Where a finding went: the point (temporary or not) and the unit that answers, or 待创城办派遣. {@code notice} says it
 * in a sentence for the inspector's screen.
 */
public record FindingView(
        String id,
        String channel,
        String itemCode,
        String standardCode,
        Finding.Status status,
        String statusName,
        double latitude,
        double longitude,
        String crs,
        String description,
        Instant foundAt,
        String pointCode,
        String pointName,
        Boolean temporaryPoint,
        String gridCode,
        String unitCode,
        String unitName,
        String notice) {}
