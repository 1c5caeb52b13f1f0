package gov.chuangcheng.task.survey;

import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.time.SqlTimes;
import gov.chuangcheng.task.evaluation.EvaluationSystemService;
import gov.chuangcheng.task.evaluation.SurveyScoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The survey results (问卷调查) the office enters for the survey standards of the active evaluation system. A standard
 * scores on its latest result that is not withdrawn (the latest survey date, then the latest entered), with the marks
 * its imported scoring rule gives that rate. Results are never changed: a withdrawal is a record of its own.
 */
@ApplicationScoped
public class SurveyService {

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;

    public SurveyService(EntityManager em, Clock clock, ZoneId zone) {
        this.em = em;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records a result: 422 naming the field for a standard that is no survey standard now or a future date. */
    @Transactional
    public SurveyResultView record(SurveyResultRequest r, String by) {
        String version = activeVersion();
        String method =
                (String) em.createNativeQuery("select method from eval_standard where version = ?1 and code = ?2")
                        .setParameter(1, version)
                        .setParameter(2, r.standardCode())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (!"SURVEY".equals(method)) {
            throw ProblemException.invalid(
                    "standardCode", method == null ? "不在现行测评体系（" + version + "）中" : "不是问卷调查类测评标准，问卷结果只能录入问卷调查类标准");
        }
        if (r.surveyedOn().isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw ProblemException.invalid("surveyedOn", "不能晚于今天");
        }
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("""
                        insert into survey_result (id, standard_code, system_version, metric, rate, sample_size,
                                                   surveyed_on, source, note, recorded_by, recorded_at)
                        values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, id)
                .setParameter(2, r.standardCode())
                .setParameter(3, version)
                .setParameter(4, r.metric().strip())
                .setParameter(5, r.rate())
                .setParameter(6, r.sampleSize())
                .setParameter(7, Date.valueOf(r.surveyedOn()))
                .setParameter(8, r.source().strip())
                .setParameter(
                        9,
                        r.note() == null || r.note().isBlank() ? null : r.note().strip())
                .setParameter(10, by)
                .setParameter(11, clock.instant())
                .executeUpdate();
        return result(id);
    }

    /** Withdraws a result: 404 unknown, 409 when it was withdrawn already (the first withdrawal stands). */
    @Transactional
    public SurveyResultView withdraw(String id, String reason, String by) {
        SurveyResultView result = result(id);
        if (result.withdrawn()) {
            throw ProblemException.conflict(
                    "该问卷结果已于" + result.withdrawnAt().toLocalDate() + "由" + result.withdrawnBy() + "撤销");
        }
        em.createNativeQuery("""
                        insert into survey_withdrawal (result_id, reason, withdrawn_by, withdrawn_at)
                        values (cast(?1 as uuid), ?2, ?3, ?4) on conflict (result_id) do nothing""")
                .setParameter(1, id)
                .setParameter(2, reason.strip())
                .setParameter(3, by)
                .setParameter(4, clock.instant())
                .executeUpdate();
        return result(id);
    }

    /** The results of the active version, of one standard when {@code standardCode} is given; latest survey first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SurveyResultView> results(String standardCode) {
        return standardCode == null
                ? results("r.system_version = (select version from evaluation_system where active)", null)
                : results(
                        "r.system_version = (select version from evaluation_system where active) "
                                + "and r.standard_code = ?1",
                        standardCode);
    }

    /** The result each survey standard of the active version scores on now, by standard code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, SurveyResultView> standing() {
        return results(null).stream()
                .filter(SurveyResultView::counts)
                .collect(Collectors.toMap(SurveyResultView::standardCode, Function.identity()));
    }

    private SurveyResultView result(String id) {
        if (!isUuid(id)) {
            throw ProblemException.notFound("survey result", id);
        }
        // the whole standard, so that "counts" is right for this one result too
        @SuppressWarnings("unchecked")
        List<String> standards = em.createNativeQuery(
                        "select standard_code from survey_result where id = cast(?1 as uuid)")
                .setParameter(1, id)
                .getResultList();
        if (standards.isEmpty()) {
            throw ProblemException.notFound("survey result", id);
        }
        String standard = standards.get(0);
        return results("r.standard_code = ?1", standard).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("survey result", id));
    }

    @SuppressWarnings("unchecked")
    private List<SurveyResultView> results(String where, String parameter) {
        var query = em.createNativeQuery("""
                select cast(r.id as varchar), r.standard_code, s.name, r.system_version, r.metric, r.rate,
                       r.sample_size, r.surveyed_on, r.source, r.note, s.full_marks, s.survey_scoring,
                       r.recorded_by, r.recorded_at, w.withdrawn_at, w.withdrawn_by, w.reason
                from survey_result r
                join eval_standard s on s.version = r.system_version and s.code = r.standard_code
                left join survey_withdrawal w on w.result_id = r.id
                where %s
                order by r.surveyed_on desc, r.recorded_at desc, r.id""".formatted(where));
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        List<Object[]> rows = query.getResultList();
        Set<String> scored = new HashSet<>();
        List<SurveyResultView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String code = (String) r[1];
            BigDecimal rate = (BigDecimal) r[5];
            SurveyScoring rule = SurveyScoring.ofText((String) r[11]);
            boolean withdrawn = r[14] != null;
            // rows come latest first: the first one of a standard not withdrawn is the one it scores on
            boolean counts = !withdrawn && scored.add(code);
            views.add(new SurveyResultView(
                    (String) r[0],
                    code,
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    rate,
                    ((Number) r[6]).intValue(),
                    localDate(r[7]),
                    (String) r[8],
                    (String) r[9],
                    (BigDecimal) r[10],
                    rule == null ? null : rule.marksFor(rate),
                    counts,
                    (String) r[12],
                    at(r[13]),
                    at(r[14]),
                    (String) r[15],
                    (String) r[16]));
        }
        return views;
    }

    private static String activeVersion() {
        return EvaluationSystemService.active()
                .map(system -> system.version)
                .orElseThrow(() -> ProblemException.conflict("尚未启用测评体系，无法录入问卷结果"));
    }

    private OffsetDateTime at(Object column) {
        Instant instant = SqlTimes.instant(column);
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }

    private static LocalDate localDate(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
