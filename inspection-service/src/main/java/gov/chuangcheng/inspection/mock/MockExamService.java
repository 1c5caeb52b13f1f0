package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.inspection.patrol.PatrolConfig;
import gov.chuangcheng.inspection.patrol.PatrolPlanRequest;
import gov.chuangcheng.inspection.patrol.PatrolPlanService;
import gov.chuangcheng.inspection.patrol.PatrolPlanView;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Draws mock exams (模拟测评) and reads them with their scores. A draw and the patrol plans it becomes commit together:
 * a draw that cannot be made whole (a quota above what can be drawn, an inspector already planned that day) stores
 * nothing, no plan included.
 */
@ApplicationScoped
public class MockExamService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final EntityManager em;
    private final PatrolPlanService plans;
    private final PatrolConfig patrol;
    private final MockExamScores scores;
    private final Clock clock;

    public MockExamService(
            EntityManager em, PatrolPlanService plans, PatrolConfig patrol, MockExamScores scores, Clock clock) {
        this.em = em;
        this.plans = plans;
        this.patrol = patrol;
        this.scores = scores;
        this.clock = clock;
    }

    @Transactional
    public MockExamView draw(MockExamRequest request, String by) {
        List<String> inspectors = checkedInspectors(request);
        // one draw at a time, so that "the last N draws" is the same list for the draw that excludes them
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('mock-exam-draw'))")
                .getSingleResult();
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong(MockExamRequest.MAX_SEED + 1);
        List<MockSampling.Candidate> candidates = Point.<Point>list(
                        "declared = true and active = true and temporary = false and type in ?1",
                        request.quotas().keySet())
                .stream()
                .map(p -> new MockSampling.Candidate(p.id, p.code, p.type))
                .toList();
        MockSampling.Draw draw = MockSampling.draw(seed, request.quotas(), candidates, drawnInLast(request.excluded()));
        if (!draw.complete()) {
            throw MockExamProblems.shortfall(draw.shortfalls(), request.excluded());
        }
        refuseInspectorsWithAPlan(inspectors, request.date());

        MockExam exam = new MockExam();
        exam.id = UUID.randomUUID();
        exam.date = request.date();
        exam.seed = seed;
        exam.seedGenerated = request.seed() == null;
        exam.excludeLastDraws = request.excluded();
        exam.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        exam.createdBy = by;
        exam.createdAt = clock.instant();
        for (MockSampling.Tally t : draw.tallies()) {
            MockExam.Quota q = new MockExam.Quota();
            q.type = t.type();
            q.quota = t.quota();
            q.declared = t.declared();
            q.excluded = t.excluded();
            exam.quotas.add(q);
        }
        Map<UUID, MockExam.DrawnPoint> dealt = new HashMap<>();
        List<List<MockSampling.Candidate>> shares = MockSampling.split(draw.drawn(), inspectors.size());
        for (int i = 0; i < inspectors.size(); i++) {
            List<MockSampling.Candidate> share = shares.get(i);
            PatrolPlanView plan = plans.create(
                    new PatrolPlanRequest(
                            inspectors.get(i),
                            exam.date,
                            exam.date,
                            share.stream().map(MockSampling.Candidate::code).toList(),
                            "模拟测评" + (exam.note == null ? "" : "：" + exam.note)),
                    by);
            for (MockSampling.Candidate c : share) {
                MockExam.DrawnPoint p = new MockExam.DrawnPoint();
                p.pointId = c.id();
                p.type = c.type();
                p.inspector = inspectors.get(i);
                p.planId = UUID.fromString(plan.id());
                dealt.put(c.id(), p);
            }
        }
        draw.drawn().forEach(c -> exam.points.add(dealt.get(c.id())));
        exam.persist();
        return detail(exam);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MockExamView> find(UUID id) {
        return MockExam.<MockExam>findByIdOptional(id).map(this::detail);
    }

    /** The draws, latest first, each with its score in short (the standards read once for the page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MockExamSummaryView> list(PageRequest paging) {
        List<MockScoring.Standard> standards = scores.fieldStandards();
        return Page.of(
                MockExam.<MockExam>find("order by createdAt desc, id desc"),
                paging,
                exam -> MockExamViews.summary(exam, scores.score(exam, standards)));
    }

    private MockExamView detail(MockExam exam) {
        Set<UUID> ids = exam.points.stream().map(p -> p.pointId).collect(Collectors.toSet());
        Map<UUID, Point> points = new HashMap<>();
        if (!ids.isEmpty()) {
            Point.<Point>list("id in ?1", ids).forEach(p -> points.put(p.id, p));
        }
        return MockExamViews.detail(exam, points, scores.score(exam, scores.fieldStandards()));
    }

    /** The inspectors as given, each once, and no more of them than points to deal; else 400 naming the entry. */
    private List<String> checkedInspectors(MockExamRequest request) {
        List<String> inspectors =
                request.inspectors().stream().map(String::strip).toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inspectors.size(); i++) {
            if (!seen.add(inspectors.get(i))) {
                errors.add(new Problem.FieldError("inspectors[" + i + "]", "督查员 " + inspectors.get(i) + " 重复列出"));
            }
        }
        int total =
                request.quotas().values().stream().mapToInt(Integer::intValue).sum();
        if (errors.isEmpty() && total < inspectors.size()) {
            errors.add(new Problem.FieldError(
                    "inspectors", "共抽 " + total + " 个点位，不够分给 " + inspectors.size() + " 名督查员，每人至少一个点位"));
        }
        int perInspector = (total + inspectors.size() - 1) / inspectors.size();
        if (errors.isEmpty() && perInspector > patrol.maxPoints()) {
            errors.add(new Problem.FieldError(
                    "quotas",
                    "共抽 " + total + " 个点位，分给 " + inspectors.size() + " 名督查员每人 " + perInspector + " 个，超过一份巡查计划的上限 "
                            + patrol.maxPoints() + " 个；请增加督查员"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return inspectors;
    }

    /** The points of the {@code n} latest draws. */
    @SuppressWarnings("unchecked")
    private Set<UUID> drawnInLast(int n) {
        if (n == 0) {
            return Set.of();
        }
        List<Object> ids = em.createNativeQuery("""
                        select distinct mp.point_id from mock_exam_point mp
                        where mp.mock_exam_id in (select e.id from mock_exam e
                                                  order by e.created_at desc, e.id desc limit :n)""").setParameter("n", n).getResultList();
        return ids.stream()
                .map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString()))
                .collect(Collectors.toSet());
    }

    /**
     * An inspector has one patrol plan a day: a draw for someone already planned that day is refused whole (409),
     * rather than stored with that inspector's share missing. The patrol service checks again under its lock.
     */
    private void refuseInspectorsWithAPlan(List<String> inspectors, LocalDate date) {
        List<String> busy = new ArrayList<>();
        for (String inspector : inspectors) {
            plans.list(date, inspector, PageRequest.of(0, 1)).items().stream()
                    .findFirst()
                    .ifPresent(p ->
                            busy.add(inspector + "（巡查计划 " + p.id() + "，" + p.startDate() + " 至 " + p.endDate() + "）"));
        }
        if (!busy.isEmpty()) {
            throw ProblemException.conflict(
                    "督查员 " + String.join("、", busy) + " 在 " + date + " 已有巡查计划，每名督查员一天只有一份计划；抽样未保存，请先调整这些计划或换督查员");
        }
    }
}
