package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.task.campaign.Countdown;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the office looks at every morning.
 *
 * @param countdown          none (absent) when no campaign is set
 * @param weakestIndicators  the ten weakest indicators (短板), lowest ratio first
 * @param rankingAsOf        when accountability-service counted the ranking shown in {@code units} (in the district's
 *                           zone); none (absent) before its first publication
 * @param units              the units of that ranking in its order, best first; empty before its first publication
 */
public record DashboardView(
        Countdown countdown,
        BigDecimal projectedTotal,
        BigDecimal fullMarks,
        List<IndicatorView> weakestIndicators,

        @Schema(
                description = "when accountability-service counted the ranking shown in units (the district's zone); "
                        + "absent before its first publication")
        OffsetDateTime rankingAsOf,

        @Schema(
                description = "the units of the latest published ranking in its order, best first; empty before its "
                        + "first publication")
        List<UnitRow> units) {}
