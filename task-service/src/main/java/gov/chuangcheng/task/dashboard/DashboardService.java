package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import gov.chuangcheng.platform.time.SqlTimes;
import gov.chuangcheng.task.campaign.CampaignService;
import gov.chuangcheng.task.material.MaterialReviews;
import gov.chuangcheng.task.survey.SurveyResultView;
import gov.chuangcheng.task.survey.SurveyService;
import gov.chuangcheng.task.veto.VetoService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assembles the dashboard from the evaluation system, the tasks and the read models of {@link DashboardProjections}.
 * The units are those of the latest ranking accountability-service published, with its figures as published and
 * task-service's own on-time task rate beside them; nothing of the ranking is computed here. The readiness (every
 * standard against every task) and the units (every task of every unit) are read over the whole campaign; the office
 * and the leaders watch them all at once, so each is served from a result at most {@code cc.read-cache.max-age} old
 * ({@link RecentResults}); the countdown is computed on every read.
 */
@ApplicationScoped
public class DashboardService {

    static final int WEAKEST = 10;

    /** The units of the latest publication and its {@code asOf}: read together, so that they always belong together. */
    public record Scoreboard(OffsetDateTime asOf, List<UnitRow> units) {

        static final Scoreboard NONE = new Scoreboard(null, List.of());
    }

    private final EntityManager em;
    private final CampaignService campaigns;
    private final VetoService veto;
    private final SurveyService surveys;
    private final MaterialReviews materials;
    private final ZoneId districtZone;
    /** The smallest sample the on-time task rate gets a value on ({@code cc.dashboard.min-sample}). */
    private final int minSample;
    /** How old a point's latest result may be and still count as its state ({@code cc.dashboard.field-window}). */
    private final Duration fieldWindow;

    private final Clock clock;

    private final RecentResults<String, Scoreboard> recentScoreboard;
    private final RecentResults<String, Readiness> recentReadiness;

    public DashboardService(
            EntityManager em,
            CampaignService campaigns,
            VetoService veto,
            SurveyService surveys,
            MaterialReviews materials,
            ReadCaches caches,
            ZoneId districtZone,
            Clock clock,
            @ConfigProperty(name = "cc.dashboard.min-sample", defaultValue = "5") int minSample,
            @ConfigProperty(name = "cc.dashboard.field-window", defaultValue = "P30D") Duration fieldWindow) {
        this.em = em;
        this.clock = clock;
        this.fieldWindow = fieldWindow;
        this.campaigns = campaigns;
        this.veto = veto;
        this.surveys = surveys;
        this.materials = materials;
        this.districtZone = districtZone;
        this.minSample = Math.max(1, minSample);
        this.recentScoreboard = caches.create(1);
        this.recentReadiness = caches.create(1);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardView dashboard() {
        Readiness readiness = recentReadiness();
        Scoreboard scoreboard = recentScoreboard();
        return new DashboardView(
                veto.standing(),
                campaigns.countdown().orElse(null),
                readiness.projectedTotal(),
                readiness.fullMarks(),
                readiness.coveredMarks(),
                readiness.coverage(),
                readiness.weakestStandards(WEAKEST).stream()
                        .map(StandardScoreView::of)
                        .toList(),
                readiness.weakest(WEAKEST).stream().map(IndicatorView::of).toList(),
                scoreboard.asOf(),
                scoreboard.units());
    }

    /** One unit's row of the latest published ranking, or empty when that ranking does not list the unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitRow> unit(String code) {
        return recentScoreboard().units().stream()
                .filter(u -> u.code().equals(code))
                .findFirst();
    }

    /** {@link #scoreboard()}, at most {@code cc.read-cache.max-age} old. */
    public Scoreboard recentScoreboard() {
        return recentScoreboard.get(
                "scoreboard", () -> QuarkusTransaction.joiningExisting().call(this::scoreboard));
    }

    /** {@link #readiness()}, at most {@code cc.read-cache.max-age} old. */
    public Readiness recentReadiness() {
        return recentReadiness.get(
                "readiness", () -> QuarkusTransaction.joiningExisting().call(this::readiness));
    }

    /**
     * The units of the latest published ranking in the published order, each with its on-time task rate; {@link
     * Scoreboard#NONE} before the first publication. The rank, score and rectification figures are read back as they
     * were published, the rates with their published values (no {@link Rate#of} again: the minimum sample of those
     * rates is the publication's).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Scoreboard scoreboard() {
        // one statement, one snapshot: the asOf and the units are of the same publication even while a newer one
        // replaces them. A publication without units still gives its one row (with null unit columns)
        List<Object[]> rows = em.createNativeQuery("""
                select p.as_of, r.unit_code, r.unit_name, r.rank, r.score, r.entries,
                       r.on_time_numerator, r.on_time_denominator, r.on_time_value,
                       r.rework_numerator, r.rework_denominator, r.rework_value,
                       r.fixed_orders, r.mean_working_hours_to_fix,
                       r.disputes_numerator, r.disputes_denominator, r.disputes_value,
                       coalesce(t.on_time, 0), coalesce(t.sample, 0)
                from dash_ranking_publication p
                left join dash_ranking_unit r on true
                left join (select lead_unit_code, count(*) filter (where completed_on_time) as on_time,
                                  count(*) as sample
                           from task where status = 'COMPLETED' or overdue_notified_at is not null
                           group by lead_unit_code) t on t.lead_unit_code = r.unit_code
                order by r.position""").getResultList();
        if (rows.isEmpty()) {
            return Scoreboard.NONE;
        }
        Instant asOf = SqlTimes.instant(rows.get(0)[0]);
        List<UnitRow> units = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            if (r[1] != null) {
                units.add(new UnitRow(
                        (int) number(r[3]),
                        (String) r[1],
                        (String) r[2],
                        (BigDecimal) r[4],
                        (int) number(r[5]),
                        published(r, 6),
                        published(r, 9),
                        number(r[12]),
                        (BigDecimal) r[13],
                        published(r, 14),
                        Rate.of(number(r[17]), number(r[18]), minSample)));
            }
        }
        return new Scoreboard(asOf.atZone(districtZone).toOffsetDateTime(), List.copyOf(units));
    }

    private static Rate published(Object[] row, int first) {
        return new Rate(number(row[first]), number(row[first + 1]), (BigDecimal) row[first + 2]);
    }

    /** The projected score of the active evaluation system; see {@link Readiness} for the formula. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Readiness readiness() {
        List<Object[]> indicators = em.createNativeQuery("""
                select i.code, i.name, i.ordinal from eval_indicator i
                join evaluation_system v on v.version = i.version and v.active""").getResultList();
        List<Object[]> standards = em.createNativeQuery("""
                select s.code, s.indicator_code, s.full_marks, s.method, coalesce(f.passed, 0),
                       coalesce(f.inspected, 0), s.name
                from eval_standard s
                join evaluation_system v on v.version = s.version and v.active
                -- a field standard scores on each point's latest result, if it is recent enough to be the point's
                -- state (cc.dashboard.field-window)
                left join (select standard_code, count(*) filter (where passed) as passed, count(*) as inspected
                           from dash_point_result where inspected_at >= ?1
                           group by standard_code) f on f.standard_code = s.code
                """)
                .setParameter(1, clock.instant().minus(fieldWindow))
                .getResultList();
        Map<String, SurveyResultView> surveyed = surveys.standing();
        Map<String, Rate> reviewed = materials.standing();
        return Readiness.of(
                indicators.stream()
                        .map(r -> new Readiness.Indicator((String) r[0], (String) r[1], (int) number(r[2])))
                        .toList(),
                standards.stream()
                        .map(r -> {
                            String code = (String) r[0];
                            AssessmentMethod method = AssessmentMethod.valueOf((String) r[3]);
                            if (method == AssessmentMethod.SURVEY) {
                                SurveyResultView latest = surveyed.get(code);
                                return Readiness.Standard.surveyed(
                                        code,
                                        (String) r[6],
                                        (String) r[1],
                                        (BigDecimal) r[2],
                                        latest == null
                                                ? null
                                                : new Readiness.Survey(
                                                        latest.rate(),
                                                        latest.sampleSize(),
                                                        latest.surveyedOn(),
                                                        latest.marks()));
                            }
                            Rate evidence = method == AssessmentMethod.FIELD_INSPECTION
                                    ? Rate.of(number(r[4]), number(r[5]), 1)
                                    : reviewed.getOrDefault(code, Rate.of(0, 0, 1));
                            return Readiness.Standard.counted(
                                    code, (String) r[6], (String) r[1], (BigDecimal) r[2], method, evidence);
                        })
                        .toList());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
