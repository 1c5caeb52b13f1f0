package gov.chuangcheng.events.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code cc.standard.upserted.v1}: one standard (测评标准) of the evaluation system with its place in the tree
 * category (测评项目) → indicator (测评内容) → standard. Compacted by standard code.
 *
 * @param systemVersion version of the evaluation system this standard belongs to
 * @param fullMarks     the standard's full marks (分值)
 * @param weight        the standard's weight within its indicator
 * @param pointTypes    codes of the point types a field-inspected standard applies to (empty otherwise)
 */
public record StandardUpserted(
        String systemVersion,
        String categoryCode,
        String categoryName,
        String indicatorCode,
        String indicatorName,
        String code,
        String name,
        BigDecimal fullMarks,
        BigDecimal weight,
        AssessmentMethod method,
        List<String> pointTypes,
        boolean active) {}
