package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import java.time.Instant;

/** One change of the declared list: {@code declared} true when the point was put on it, false when withdrawn. */
public record PointDeclarationView(
        long id,
        String pointCode,
        String pointName,
        PointType type,
        String typeName,
        boolean declared,
        String changedBy,
        Instant changedAt) {}
