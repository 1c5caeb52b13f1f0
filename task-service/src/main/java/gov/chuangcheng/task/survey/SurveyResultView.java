package gov.chuangcheng.task.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey result as recorded, with the marks it earns under its standard's scoring rule.
 *
 * @param marks   the marks the rate earns under the standard's scoring rule; absent when the standard has no rule
 * @param counts  true for the result the standard scores on now (its latest that is not withdrawn)
 */
@Schema(name = "SurveyResult")
public record SurveyResultView(
        String id,
        String standardCode,
        String standardName,
        String systemVersion,
        String metric,
        BigDecimal rate,
        int sampleSize,
        LocalDate surveyedOn,
        String source,
        String note,
        BigDecimal fullMarks,
        BigDecimal marks,
        boolean counts,
        String recordedBy,
        OffsetDateTime recordedAt,
        OffsetDateTime withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    boolean withdrawn() {
        return withdrawnAt != null;
    }
}
