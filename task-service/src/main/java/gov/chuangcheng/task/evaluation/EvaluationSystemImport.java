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

        List<CategoryImport> categories,

        @Schema(
                description = "负面清单 (一票否决): the items that disqualify the city whatever its score; absent "
                        + "leaves the version's list as it is, [] empties it")
        List<VetoItemImport> vetoItems) {

    /** One item of the negative list (负面清单). */
    @Schema(name = "EvaluationSystemVetoItem")
    public record VetoItemImport(
            @Schema(maxLength = 50, pattern = "[A-Za-z0-9._-]+")
            String code,

            @Schema(maxLength = 500) String name,

            @Schema(description = "what an occurrence costs, e.g. 取消参评资格", maxLength = 500)
            String consequence) {}

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
                    description = "问卷调查 standards only: thresholds → marks, e.g. [{atLeast: 90, marks: 2}, "
                            + "{atLeast: 80, marks: 1.6}]; a measured rate earns the marks of the highest threshold "
                            + "it reaches, 0 below all",
                    maxItems = SurveyScoring.MAX_STEPS)
            List<ScoringStepImport> surveyScoring,

            @Schema(
                    description = "应报材料: the materials units file for a DOCUMENT_REVIEW or ONLINE_FILING standard, "
                            + "e.g. [\"工作方案\", \"工作台账\"]; each 1–100 characters, no repeats, at most 20; "
                            + "absent or empty: any material")
            List<@jakarta.validation.constraints.Size(max = ExpectedMaterials.NAME_MAX) String> materials) {}

    /** One step of a survey standard's scoring rule: at a rate of {@code atLeast} percent or more, {@code marks}. */
    @Schema(name = "SurveyScoringStep")
    public record ScoringStepImport(
            @Schema(description = "达标线: a percentage, more than 0 and at most 100")
            BigDecimal atLeast,

            @Schema(description = "得分: from 0 to the standard's full marks")
            BigDecimal marks) {}
}
