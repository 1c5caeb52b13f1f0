package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.task.campaign.Countdown;
import gov.chuangcheng.task.veto.VetoStanding;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the office looks at every morning.
 *
 * @param veto               一票否决: first, since no score counts while an occurrence of the negative list stands
 * @param countdown          none (absent) when no campaign is set
 * @param projectedTotal     the projected score over the standards with data; absent while none has data
 * @param coveredMarks       the full marks of the standards with data
 * @param coverage           coveredMarks ÷ fullMarks (0.2500 = a quarter of the marks has data): how much of the
 *                           evaluation the projection speaks for
 * @param weakestStandards   短板: the ten standards with data that lose the most marks
 * @param weakestIndicators  the ten weakest indicators with data, lowest ratio first
 * @param rankingAsOf        when accountability-service counted the ranking shown in {@code units} (in the district's
 *                           zone); none (absent) before its first publication
 * @param units              the units of that ranking in its order, best first; empty before its first publication
 */
public record DashboardView(
        VetoStanding veto,
        Countdown countdown,
        BigDecimal projectedTotal,
        BigDecimal fullMarks,
        BigDecimal coveredMarks,
        BigDecimal coverage,
        List<StandardScoreView> weakestStandards,
        List<IndicatorView> weakestIndicators,

        @Schema(
                description = "when accountability-service counted the ranking shown in units (the district's zone); "
                        + "absent before its first publication")
        OffsetDateTime rankingAsOf,

        @Schema(
                description = "the units of the latest published ranking in its order, best first; empty before its "
                        + "first publication")
        List<UnitRow> units) {}
