package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.period.Period;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The period a report covers, echoed so that a reader of the answer alone knows what was counted: a week (Monday to
 * Sunday) or a month for {@code period=week|month}, else the range; from 00:00 of {@code from} to 24:00 of {@code to}
 * in {@code zone}. {@code kind} is spelled as the {@code period} parameter takes it.
 */
@Schema(name = "ReportPeriod")
public record ReportPeriod(
        @Schema(enumeration = {"week", "month", "range"}) String kind, LocalDate from, LocalDate to, String zone) {

    public static ReportPeriod of(Period period) {
        return new ReportPeriod(
                period.kind().parameter(),
                period.from(),
                period.to(),
                period.zone().getId());
    }
}
