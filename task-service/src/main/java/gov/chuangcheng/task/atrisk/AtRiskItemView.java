package gov.chuangcheng.task.atrisk;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of the at-risk list: an open order due after the evaluation day, or a standard below the threshold.
 *
 * @param reason              why it is at risk, in words
 * @param marks               the marks it can still win; absent when unknown (its standard has no field data)
 * @param marksPerWorkingHour marks ÷ working hours left; absent without marks or working time
 * @param share               the standard's projected share of its full marks; absent without data
 */
@Schema(name = "AtRiskItem")
public record AtRiskItemView(
        int rank,
        AtRisk.Kind kind,
        String reason,
        BigDecimal marks,
        BigDecimal marksPerWorkingHour,
        String standardCode,
        String standardName,
        BigDecimal fullMarks,
        BigDecimal share,
        String orderId,
        String orderNumber,
        String pointCode,
        String pointName,
        String unitCode,
        String unitName,
        OffsetDateTime deadline,
        String levelName) {

    static AtRiskItemView of(int rank, AtRisk.Item i, ZoneId zone) {
        AtRisk.OpenOrder o = i.order();
        return new AtRiskItemView(
                rank,
                i.kind(),
                i.reason(),
                i.marks(),
                i.marksPerWorkingHour(),
                i.standardCode(),
                i.standardName(),
                i.fullMarks(),
                i.share(),
                o == null ? null : o.id(),
                o == null ? null : o.number(),
                o == null ? null : o.pointCode(),
                o == null ? null : o.pointName(),
                o == null ? null : o.unitCode(),
                o == null ? null : o.unitName(),
                o == null || o.deadline() == null
                        ? null
                        : o.deadline().atZone(zone).toOffsetDateTime(),
                o == null || o.level() == null ? null : o.level().displayName());
    }
}
