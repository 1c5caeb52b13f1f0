package gov.chuangcheng.task.atrisk;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.time.SqlTimes;
import gov.chuangcheng.task.calendar.CalendarReadModel;
import gov.chuangcheng.task.campaign.Campaign;
import gov.chuangcheng.task.campaign.CampaignService;
import gov.chuangcheng.task.dashboard.DashboardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Assembles the at-risk list from the open orders, the readiness of the dashboard and the campaign's evaluation day. */
@ApplicationScoped
public class AtRiskService {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final CalendarReadModel calendar;
    private final DashboardService dashboard;
    private final AtRiskConfig config;
    private final Clock clock;

    public AtRiskService(
            EntityManager em,
            CampaignService campaigns,
            CalendarReadModel calendar,
            DashboardService dashboard,
            AtRiskConfig config,
            Clock clock) {
        this.em = em;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.dashboard = dashboard;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The first {@code limit} items; the orders of the units in {@code scope} only (the standards are the district's).
     * 409 while no campaign sets the evaluation day.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AtRiskReport report(UnitScope scope, int limit) {
        Campaign campaign = campaigns
                .current()
                .orElseThrow(() -> ProblemException.conflict("尚未设置创建工作的测评日（PUT /campaign），无法判断迎检风险"));
        WorkingCalendar working = calendar.calendar();
        Instant now = clock.instant();
        Instant evaluationStarts =
                campaign.evaluationDate.atStartOfDay(working.zone()).toInstant();
        BigDecimal hours = now.isBefore(evaluationStarts)
                ? AtRisk.hours(working.officeTimeBetween(now, evaluationStarts))
                : AtRisk.hours(Duration.ZERO);
        List<AtRisk.Item> items = AtRisk.of(
                openOrders(evaluationStarts, scope),
                dashboard.recentReadiness().standards(),
                evaluationStarts,
                hours,
                config.threshold(),
                working.zone());
        List<AtRiskItemView> views = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, items.size()); i++) {
            views.add(AtRiskItemView.of(i + 1, items.get(i), working.zone()));
        }
        return new AtRiskReport(campaign.evaluationDate, hours, config.threshold(), items.size(), views);
    }

    /** Open orders due after the evaluation day begins, or suspended (no deadline). */
    @SuppressWarnings("unchecked")
    private List<AtRisk.OpenOrder> openOrders(Instant evaluationStarts, UnitScope scope) {
        List<Object[]> rows =
                em.createNativeQuery("""
                        select order_id, number, point_code, point_name, standard_code, standard_name, unit_code,
                               unit_name, deadline, level
                        from dash_order
                        where open and (deadline is null or deadline > ?1)""").setParameter(1, evaluationStarts).getResultList();
        return rows.stream()
                .filter(r -> scope.includes((String) r[6]))
                .map(r -> new AtRisk.OpenOrder(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        SqlTimes.instant(r[8]),
                        r[9] == null ? null : EscalationLevel.valueOf((String) r[9])))
                .toList();
    }
}
