package gov.chuangcheng.inspection.patrol;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.patrol.PatrolPlanAssigned;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps the patrol plans (巡查计划) and answers an inspector's day. */
@ApplicationScoped
public class PatrolPlanService {

    private final EntityManager em;
    private final PatrolConfig config;
    private final Outbox outbox;
    private final Clock clock;
    /** Where a plan's days begin and end: the district's zone. */
    private final ZoneId zone;

    public PatrolPlanService(EntityManager em, PatrolConfig config, Outbox outbox, Clock clock, ZoneId zone) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the district's zone, by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    @Transactional
    public PatrolPlanView create(PatrolPlanRequest request, String createdBy) {
        List<Point> points = checked(request);
        lockAndCheckOverlap(request, null);
        PatrolPlan plan = new PatrolPlan();
        plan.id = UUID.randomUUID();
        plan.createdBy = createdBy;
        plan.createdAt = clock.instant();
        apply(plan, request, points);
        plan.persist();
        published(plan, points, false, createdBy);
        return view(plan, points);
    }

    /** Replaces a plan (inspector, days and points); requires its current ETag. */
    @Transactional
    public PatrolPlanView replace(UUID id, String ifMatch, PatrolPlanRequest request, String by) {
        PatrolPlan plan = PatrolPlan.<PatrolPlan>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("patrol plan", id));
        Versions.requireMatch(ifMatch, plan.version);
        List<Point> points = checked(request);
        lockAndCheckOverlap(request, id);
        apply(plan, request, points);
        em.flush(); // so that the view shows the new version
        published(plan, points, true, by);
        return view(plan, points);
    }

    /** Deletes a plan; requires its current ETag like every edit. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        PatrolPlan plan = PatrolPlan.<PatrolPlan>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("patrol plan", id));
        Versions.requireMatch(ifMatch, plan.version);
        plan.delete();
    }

    /** Tells the inspector's channels (cc.patrol-plan.assigned.v1, keyed by inspector) what to patrol. */
    private void published(PatrolPlan plan, List<Point> points, boolean changed, String by) {
        outbox.publish(
                EventCatalog.PATROL_PLAN_ASSIGNED,
                plan.inspector,
                new PatrolPlanAssigned(
                        plan.id.toString(),
                        plan.inspector,
                        plan.startDate,
                        plan.endDate,
                        points.stream().map(p -> p.code).toList(),
                        plan.note,
                        changed,
                        by,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PatrolPlanView> find(UUID id) {
        return PatrolPlan.<PatrolPlan>findByIdOptional(id)
                .map(p -> views(List.of(p)).get(0));
    }

    /** Plans covering {@code date} (when given) of {@code inspector} (when given), latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PatrolPlanView> list(LocalDate date, String inspector, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (date != null) {
            where.append(" and startDate <= :date and endDate >= :date");
            params.put("date", date);
        }
        if (inspector != null) {
            where.append(" and inspector = :inspector");
            params.put("inspector", inspector);
        }
        Page<PatrolPlan> page = Page.of(
                PatrolPlan.<PatrolPlan>find(where + " order by startDate desc, inspector, id", params), paging, p -> p);
        return new Page<>(views(page.items()), page.page(), page.size(), page.total());
    }

    /**
     * The inspector's plan for {@code date} with each point's progress that day: an inspection of the point by
     * anyone between 00:00 and 24:00 in the district's zone counts. One grouped query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PatrolDayView day(String inspector, LocalDate date) {
        Optional<PatrolPlan> plan = PatrolPlan.<PatrolPlan>find(
                        "inspector = ?1 and startDate <= ?2 and endDate >= ?2", inspector, date)
                .firstResultOptional();
        if (plan.isEmpty()) {
            return new PatrolDayView(date, inspector, null, 0, 0, List.of());
        }
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Object[]> rows = em.createNativeQuery("""
                        select p.code, p.name, p.type, p.address, p.street, p.latitude, p.longitude,
                               p.responsible_unit_code, p.active, count(i.id), max(i.inspected_at),
                               (array_agg(i.inspector order by i.inspected_at desc))[1]
                        from patrol_plan_point pp
                        join point p on p.id = pp.point_id
                        left join inspection i on i.point_id = pp.point_id
                            and i.inspected_at >= :from and i.inspected_at < :to
                        where pp.plan_id = :plan
                        group by pp.position, p.id
                        order by pp.position""")
                .setParameter("plan", plan.get().id)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<PatrolDayView.DayPoint> points = new ArrayList<>();
        for (Object[] r : rows) {
            PointType type = PointType.valueOf((String) r[2]);
            long count = ((Number) r[9]).longValue();
            points.add(new PatrolDayView.DayPoint(
                    (String) r[0],
                    (String) r[1],
                    type,
                    type.displayName(),
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).doubleValue(),
                    ((Number) r[6]).doubleValue(),
                    (String) r[7],
                    (Boolean) r[8],
                    count > 0,
                    count,
                    SqlTimes.instant(r[10]),
                    (String) r[11]));
        }
        int inspected =
                (int) points.stream().filter(PatrolDayView.DayPoint::inspected).count();
        return new PatrolDayView(
                date, inspector, plan.get().id.toString(), points.size(), inspected, List.copyOf(points));
    }

    /** The request's points, or 400 naming every wrong field. */
    private List<Point> checked(PatrolPlanRequest request) {
        List<String> codes = request.pointCodes().stream().map(String::trim).toList();
        Map<String, Point> byCode = codes.isEmpty()
                ? Map.of()
                : Point.<Point>list("code in ?1", codes).stream()
                        .collect(Collectors.toMap(p -> p.code, Function.identity()));
        List<Problem.FieldError> errors = PatrolPlanRules.check(request, config.maxDays(), config.maxPoints(), code -> {
            Point p = byCode.get(code);
            return p == null
                    ? PatrolPlanRules.PointState.UNKNOWN
                    : p.active ? PatrolPlanRules.PointState.ACTIVE : PatrolPlanRules.PointState.INACTIVE;
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return codes.stream().map(byCode::get).toList();
    }

    /**
     * An inspector has at most one plan on a day. The check runs under a transaction-scoped lock per inspector, so
     * that two plans saved at the same moment cannot both pass it.
     */
    private void lockAndCheckOverlap(PatrolPlanRequest request, UUID except) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "patrol-plan:" + request.inspector())
                .getSingleResult();
        List<PatrolPlan> overlapping = PatrolPlan.<PatrolPlan>find(
                        "inspector = ?1 and startDate <= ?2 and endDate >= ?3",
                        request.inspector(),
                        request.lastDay(),
                        request.startDate())
                .list();
        overlapping.stream().filter(p -> !p.id.equals(except)).findFirst().ifPresent(p -> {
            throw ProblemException.conflict("inspector " + request.inspector() + " already has patrol plan " + p.id
                    + " from " + p.startDate + " to " + p.endDate + "; replace or delete it instead");
        });
    }

    private void apply(PatrolPlan plan, PatrolPlanRequest request, List<Point> points) {
        plan.inspector = request.inspector();
        plan.startDate = request.startDate();
        plan.endDate = request.lastDay();
        plan.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        plan.pointIds.clear();
        points.forEach(p -> plan.pointIds.add(p.id));
        plan.updatedAt = clock.instant();
    }

    /** Views of plans, their points read in one query. */
    private List<PatrolPlanView> views(List<PatrolPlan> plans) {
        Collection<UUID> ids =
                plans.stream().flatMap(p -> p.pointIds.stream()).distinct().toList();
        Map<UUID, Point> points = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Point.<Point>list("id in ?1", ids).forEach(p -> points.put(p.id, p));
        }
        return plans.stream()
                .map(plan -> view(plan, plan.pointIds.stream().map(points::get).toList()))
                .toList();
    }

    private static PatrolPlanView view(PatrolPlan plan, List<Point> points) {
        return new PatrolPlanView(
                plan.id.toString(),
                plan.inspector,
                plan.startDate,
                plan.endDate,
                PatrolPlanRules.days(plan.startDate, plan.endDate),
                plan.note,
                points.stream()
                        .map(p -> new PatrolPlanView.PlannedPoint(
                                p.code,
                                p.name,
                                p.type,
                                p.type.displayName(),
                                p.address,
                                p.street,
                                p.responsibleUnitCode,
                                p.active))
                        .toList(),
                plan.createdBy,
                plan.createdAt,
                plan.updatedAt,
                plan.version);
    }
}
