package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.catalogue.CatalogueStandard;
import gov.chuangcheng.inspection.catalogue.StandardCatalogue;
import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what scores a mock exam and scores it with {@link MockScoring}. The draw's inspections are its patrols alone:
 * inspections of a drawn point, made on the exam's day (00:00 to 24:00 in the district's zone), by the inspector of
 * the patrol plan that holds the point (the plan's inspector now, should the office have reassigned it; the one
 * drawn when the plan is gone), and no re-inspection (复查, which verifies one fix, not how the point is kept). Every
 * other inspection of the same points, an earlier day's or a colleague's routine patrol, is not the mock's.
 */
@ApplicationScoped
public class MockExamScores {

    /** Each standard each of the draw's inspections scored at its point, and whether all its items passed there. */
    private static final String RESULTS = """
            select mp.point_id, it.standard_code, bool_and(it.passed), i.inspected_at, i.created_at
            from mock_exam_point mp
            left join patrol_plan pp on pp.id = mp.plan_id
            join inspection i on i.point_id = mp.point_id
                and i.inspector = coalesce(pp.inspector, mp.inspector)
                and i.reinspection_order_id is null
                and i.inspected_at >= :from and i.inspected_at < :to
            join inspection_item it on it.inspection_id = i.id
            where mp.mock_exam_id = :exam
            group by mp.point_id, it.standard_code, i.id, i.inspected_at, i.created_at""";

    private final EntityManager em;
    private final ZoneId zone;

    public MockExamScores(EntityManager em, ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    /** A score and the inspections it was computed from. */
    public record Scored(MockScoring.Score score, List<MockScoring.Result> results) {

        public boolean inspected(UUID pointId) {
            return results.stream().anyMatch(r -> r.pointId().equals(pointId));
        }
    }

    /** The active field standards (实地考察) with full marks: those a mock exam can score. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MockScoring.Standard> fieldStandards() {
        return CatalogueStandard.<CatalogueStandard>list(
                        "method = ?1 and active = true and fullMarks is not null", AssessmentMethod.FIELD_INSPECTION)
                .stream()
                .map(s -> new MockScoring.Standard(
                        s.code, s.name, s.indicatorCode, s.fullMarks, types(StandardCatalogue.pointTypes(s))))
                .toList();
    }

    private static Set<PointType> types(List<PointType> types) {
        return types.isEmpty() ? EnumSet.noneOf(PointType.class) : EnumSet.copyOf(types);
    }

    private static UUID uuid(Object column) {
        return column instanceof UUID u ? u : UUID.fromString(column.toString());
    }

    /** Scores {@code exam} against {@code standards} (read once for a page of exams). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Scored score(MockExam exam, List<MockScoring.Standard> standards) {
        List<Object[]> rows = em.createNativeQuery(RESULTS)
                .setParameter("exam", exam.id)
                .setParameter("from", exam.date.atStartOfDay(zone).toInstant())
                .setParameter("to", exam.date.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        List<MockScoring.Result> results = rows.stream()
                .map(r -> new MockScoring.Result(
                        uuid(r[0]), (String) r[1], (Boolean) r[2], SqlTimes.instant(r[3]), SqlTimes.instant(r[4])))
                .toList();
        List<MockScoring.DrawnPoint> points = exam.points.stream()
                .map(p -> new MockScoring.DrawnPoint(p.pointId, p.type))
                .toList();
        return new Scored(MockScoring.of(points, standards, results), results);
    }
}
