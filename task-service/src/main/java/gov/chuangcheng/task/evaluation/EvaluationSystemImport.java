package gov.chuangcheng.task.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON form of an evaluation-system import: the tree category (测评项目) → indicator (测评内容) → standard (测评标准).
 * Checked by {@link CatalogueRules} (not Bean Validation) so that every mistake is reported at once with its JSON path.
 */
@Schema(name = "EvaluationSystemImport")
public record EvaluationSystemImport(
        @Schema(
                description = "name of the version, e.g. 全国文明城市测评体系（2026年版）; defaults to 测评体系 <version>",
                maxLength = CatalogueRules.SYSTEM_NAME_MAX)
        String name,

        List<CategoryImport> categories) {

    public record CategoryImport(
            @Schema(maxLength = 32, pattern = CatalogueRules.CODE_PATTERN)
            String code,

            @Schema(maxLength = CatalogueRules.CATEGORY_NAME_MAX)
            String name,

            List<IndicatorImport> indicators) {}

    public record IndicatorImport(
            @Schema(maxLength = 32, pattern = CatalogueRules.CODE_PATTERN)
            String code,

            @Schema(maxLength = CatalogueRules.NAME_MAX) String name,
            List<StandardImport> standards) {}

    public record StandardImport(
            @Schema(maxLength = 32, pattern = CatalogueRules.CODE_PATTERN)
            String code,

            @Schema(maxLength = CatalogueRules.NAME_MAX) String name,

            @Schema(description = "分值, > 0, at most 2 decimals")
            BigDecimal fullMarks,

            @Schema(
                    description = "权重 within the indicator, 0 < weight ≤ 1, at most 4 decimals; "
                            + "the weights of an indicator's standards add up to 1")
            BigDecimal weight,

            @Schema(
                    description = "FIELD_INSPECTION, DOCUMENT_REVIEW, SURVEY or ONLINE_FILING (or the Chinese name)",
                    maxLength = 40)
            String method,

            @Schema(
                    description =
                            "PointType codes (or Chinese names); required for FIELD_INSPECTION, " + "empty otherwise")
            List<@jakarta.validation.constraints.Size(max = 40) String> pointTypes,

            @Schema(
                    description = "应报材料: the materials units file for a DOCUMENT_REVIEW or ONLINE_FILING standard, "
                            + "e.g. [\"工作方案\", \"工作台账\"]; each 1–100 characters, no repeats, at most 20; "
                            + "absent or empty: any material")
            List<@jakarta.validation.constraints.Size(max = ExpectedMaterials.NAME_MAX) String> materials) {}
}
