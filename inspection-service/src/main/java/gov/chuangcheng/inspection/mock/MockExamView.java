package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mock exam as the API shows it: the draw (seed, quotas, drawn points), the patrol plans it became, and its score
 * from the draw's inspections alone.
 */
public record MockExamView(
        String id,
        LocalDate date,
        long seed,
        boolean seedGenerated,
        int excludeLastDraws,
        String note,
        List<MockQuotaView> quotas,
        List<MockPlanView> plans,
        List<MockDrawnPointView> points,
        MockScoreView score,
        List<MockStandardScoreView> standards,
        String createdBy,
        Instant createdAt) {

    /** One type's quota, the declared active points it was drawn from and how many of them were left out. */
    public record MockQuotaView(PointType type, String typeName, int quota, int declared, int excluded) {}

    /** A patrol plan of the draw: its inspector and points, in drawn order. */
    public record MockPlanView(String planId, String inspector, List<String> pointCodes) {}

    /**
     * A drawn point; {@code inspected} when its inspector patrolled it on the exam's day (an inspection that scores
     * the mock).
     */
    public record MockDrawnPointView(
            String code,
            String name,
            PointType type,
            String typeName,
            String street,
            String responsibleUnitCode,
            String inspector,
            String planId,
            boolean inspected) {}
}
