package gov.chuangcheng.task.dashboard;

import java.math.BigDecimal;

/**
 * A unit on the dashboard: its assessment score (考核得分) and rank, and beside it its on-time task rate (按期完成率)
 * and on-time rectification rate (按期整改率), each null below the minimum sample.
 *
 * @param taskSample          tasks led by the unit that came due: completed, or found overdue
 * @param rectificationSample rectification orders of the unit that were closed as fixed (voided and merged ones are
 *                            no rectification); an order reassigned (改派) counts for the unit it was moved to
 */
public record UnitRow(
        String code,
        String name,
        BigDecimal score,
        int rank,
        BigDecimal onTimeTaskRate,
        long taskSample,
        BigDecimal onTimeRectificationRate,
        long rectificationSample) {}
