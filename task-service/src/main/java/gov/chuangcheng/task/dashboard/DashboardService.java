package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import gov.chuangcheng.task.campaign.CampaignService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assembles the dashboard from the evaluation system, the tasks and the read models of {@link DashboardProjections}.
 * The readiness (every standard against every task) and the ranking (every unit) are read over the whole campaign;
 * the office and the leaders watch them all at once, so each is served from a result at most
 * {@code cc.read-cache.max-age} old ({@link RecentResults}); the countdown is computed on every read.
 */
@ApplicationScoped
public class DashboardService {

    static final int WEAKEST = 10;

    private final EntityManager em;
    private final CampaignService campaigns;
    /** The score of a unit with no ledger entry yet ({@code cc.dashboard.starting-score}). */
    private final BigDecimal startingScore;
    /** The smallest sample a rate is shown (and compared) on ({@code cc.dashboard.min-sample}). */
    private final int minSample;

    private final RecentResults<String, List<UnitRow>> recentUnits;
    private final RecentResults<String, Readiness> recentReadiness;

    public DashboardService(
            EntityManager em,
            CampaignService campaigns,
            ReadCaches caches,
            @ConfigProperty(name = "cc.dashboard.starting-score", defaultValue = "100") BigDecimal startingScore,
            @ConfigProperty(name = "cc.dashboard.min-sample", defaultValue = "5") int minSample) {
        this.em = em;
        this.campaigns = campaigns;
        this.startingScore = startingScore;
        this.minSample = Math.max(1, minSample);
        this.recentUnits = caches.create(1);
        this.recentReadiness = caches.create(1);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardView dashboard() {
        Readiness readiness = recentReadiness();
        return new DashboardView(
                campaigns.countdown().orElse(null),
                readiness.projectedTotal(),
                readiness.fullMarks(),
                readiness.weakest(WEAKEST).stream().map(IndicatorView::of).toList(),
                recentUnits());
    }

    /** One unit's row (ranked among all units), or empty when there is no such active unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitRow> unit(String code) {
        return recentUnits().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** {@link #units()}, at most {@code cc.read-cache.max-age} old. */
    public List<UnitRow> recentUnits() {
        return recentUnits.get(
                "units", () -> QuarkusTransaction.joiningExisting().call(this::units));
    }

    private Readiness recentReadiness() {
        return recentReadiness.get(
                "readiness", () -> QuarkusTransaction.joiningExisting().call(this::readiness));
    }

    /**
     * Every assessed unit ranked by score, highest first; ties share a rank and are listed by unit code. The campaign
     * office, the leadership and the discipline commission oversee the campaign and are not assessed in it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<UnitRow> units() {
        List<Object[]> rows = em.createNativeQuery("""
                select u.code, u.name, s.score,
                       coalesce(t.on_time, 0), coalesce(t.sample, 0), coalesce(r.on_time, 0), coalesce(r.closed, 0)
                from unit u
                left join dash_unit_score s on s.unit_code = u.code
                left join (select lead_unit_code, count(*) filter (where completed_on_time) as on_time,
                                  count(*) as sample
                           from task where status = 'COMPLETED' or overdue_notified_at is not null
                           group by lead_unit_code) t on t.lead_unit_code = u.code
                left join dash_rectification_tally r on r.unit_code = u.code
                where u.active and u.kind not in ('CAMPAIGN_OFFICE', 'LEADERSHIP', 'DISCIPLINE_COMMISSION')""").getResultList();
        List<UnitFacts> facts = rows.stream()
                .map(r -> new UnitFacts(
                        (String) r[0],
                        (String) r[1],
                        r[2] == null ? startingScore : (BigDecimal) r[2],
                        new Rate(number(r[3]), number(r[4])),
                        new Rate(number(r[5]), number(r[6]))))
                .toList();
        return Ranking.descending(facts, UnitFacts::score, Comparator.comparing(UnitFacts::code)).stream()
                .map(ranked -> ranked.item().row(ranked.rank(), minSample))
                .toList();
    }

    /** The projected score of the active evaluation system; see {@link Readiness} for the formula. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Readiness readiness() {
        List<Object[]> indicators = em.createNativeQuery("""
                select i.code, i.name, i.ordinal from eval_indicator i
                join evaluation_system v on v.version = i.version and v.active""").getResultList();
        List<Object[]> standards = em.createNativeQuery("""
                select s.code, s.indicator_code, s.full_marks, s.method,
                       coalesce(k.completed, 0), coalesce(k.total, 0), coalesce(f.passed, 0), coalesce(f.inspected, 0)
                from eval_standard s
                join evaluation_system v on v.version = s.version and v.active
                -- a task lists a standard once at most (TaskService refuses a repeat): count(*) counts tasks, without
                -- the sort a count(distinct) would need over every task-standard row
                left join (select ts.standard_code, count(*) filter (where t.status = 'COMPLETED') as completed,
                                  count(*) as total
                           from task_standard ts join task t on t.id = ts.task_id
                           group by ts.standard_code) k on k.standard_code = s.code
                left join (select standard_code, sum(passed) as passed, sum(inspected) as inspected
                           from dash_inspection_tally group by standard_code) f on f.standard_code = s.code
                """).getResultList();
        return Readiness.of(
                indicators.stream()
                        .map(r -> new Readiness.Indicator((String) r[0], (String) r[1], (int) number(r[2])))
                        .toList(),
                standards.stream()
                        .map(r -> {
                            AssessmentMethod method = AssessmentMethod.valueOf((String) r[3]);
                            Rate evidence = method == AssessmentMethod.FIELD_INSPECTION
                                    ? new Rate(number(r[6]), number(r[7]))
                                    : new Rate(number(r[4]), number(r[5]));
                            return new Readiness.Standard(
                                    (String) r[0], (String) r[1], (BigDecimal) r[2], method, evidence);
                        })
                        .toList());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private record UnitFacts(String code, String name, BigDecimal score, Rate tasks, Rate rectifications) {

        UnitRow row(int rank, int minSample) {
            return new UnitRow(
                    code,
                    name,
                    score,
                    rank,
                    tasks.value(minSample),
                    tasks.sample(),
                    rectifications.value(minSample),
                    rectifications.sample());
        }
    }
}
