package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import java.time.Instant;
import java.util.List;

/**
 * The declared list (申报点位), ordered by type and code, with how many of each type there are and how many of those a
 * draw can pick (the active ones).
 */
public record DeclaredPointsView(long total, List<DeclaredTypeView> byType, List<DeclaredPointView> points) {

    /** One point type of the list. */
    public record DeclaredTypeView(PointType type, String typeName, long declared, long active) {}

    /** A declared point; {@code active} false means a draw skips it until it is active again. */
    public record DeclaredPointView(
            String code,
            String name,
            PointType type,
            String typeName,
            String street,
            String responsibleUnitCode,
            boolean active,
            Instant declaredAt,
            String declaredBy) {}
}
