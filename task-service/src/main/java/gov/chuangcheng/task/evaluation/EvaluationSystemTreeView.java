package gov.chuangcheng.task.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version of the evaluation system with its whole tree: category (测评项目) → indicator (测评内容) → standard
 * (测评标准), in file order. The {@code fullMarks} of a node is the sum over its standards.
 */
public record EvaluationSystemTreeView(
        String version,
        String name,
        boolean active,
        Instant importedAt,
        String importedBy,
        Instant activatedAt,
        String activatedBy,
        BigDecimal fullMarks,
        List<CategoryView> categories) {

    public record CategoryView(String code, String name, BigDecimal fullMarks, List<IndicatorView> indicators) {}

    @Schema(name = "EvaluationIndicatorView")
    public record IndicatorView(String code, String name, BigDecimal fullMarks, List<StandardView> standards) {}
}
