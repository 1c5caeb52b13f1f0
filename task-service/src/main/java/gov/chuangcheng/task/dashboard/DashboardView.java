package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.task.campaign.Countdown;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the office looks at every morning.
 *
 * @param countdown          null when no campaign is set
 * @param weakestIndicators  the ten weakest indicators (短板), lowest ratio first
 * @param units              every active unit, ranked by assessment score
 */
public record DashboardView(
        Countdown countdown,
        BigDecimal projectedTotal,
        BigDecimal fullMarks,
        List<IndicatorView> weakestIndicators,
        List<UnitRow> units) {}
