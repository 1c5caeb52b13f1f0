package gov.chuangcheng.task.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** A version of the evaluation system, without its tree. {@code fullMarks} is the sum over its standards. */
public record EvaluationSystemView(
        String version,
        String name,
        boolean active,
        Instant importedAt,
        String importedBy,
        Instant activatedAt,
        String activatedBy,
        long categoryCount,
        long indicatorCount,
        long standardCount,
        BigDecimal fullMarks) {}
