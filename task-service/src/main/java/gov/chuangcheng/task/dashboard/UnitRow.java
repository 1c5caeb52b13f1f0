package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit of the latest published ranking: every figure but the last exactly as accountability-service, their one owner,
 * published it ({@code cc.assessment.ranking-published.v1}); the last, the on-time task rate, is task-service's own,
 * since the tasks are. Nothing here is computed from another service's events.
 */
@Schema(
        description = "A unit of the latest published ranking (accountability-service's figures as published), with "
                + "task-service's own on-time task rate beside them")
public record UnitRow(
        @Schema(description = "place by score, best first; equal scores share a place (1, 2, 2, 4); as published")
        int rank,

        @Schema(description = "unit code") String code,
        @Schema(description = "unit name, as published") String name,

        @Schema(description = "assessment score (考核得分), as published")
        BigDecimal score,

        @Schema(description = "ledger entries of the unit, as published")
        int entries,

        @Schema(
                description =
                        "按期整改率: orders fixed on time ÷ orders that came due (closed or still open), as " + "published")
        Rate onTime,

        @Schema(description = "返工率: orders with a failed verification ÷ orders verified, as published")
        Rate rework,

        @Schema(description = "orders verified fixed (销号), the sample of the mean time; as published")
        long fixedOrders,

        @Schema(
                description = "mean office time from opening to 销号 in working hours, absent below the "
                        + "ranking's minimum sample; as published")
        BigDecimal meanWorkingHoursToFix,

        @Schema(description = "退单率: disputes the unit filed ÷ orders it received, as published")
        Rate disputes,

        @Schema(
                description = "按期完成率 (task-service's own): tasks led by the unit completed on time ÷ its tasks "
                        + "that came due (completed, or found overdue); value absent below cc.dashboard.min-sample")
        Rate onTimeTaskRate) {}
