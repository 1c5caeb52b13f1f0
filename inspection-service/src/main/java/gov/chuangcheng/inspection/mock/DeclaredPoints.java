package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the declared list (申报点位): the flag on each point, and every change in {@code point_declaration}. The
 * list's version is the id of its last change, so that two office users replacing it at once do not overwrite each
 * other unseen.
 */
@ApplicationScoped
public class DeclaredPoints {

    private final EntityManager em;
    private final Clock clock;

    public DeclaredPoints(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The list now, in type then code order; only {@code type}'s points when it is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclaredPointsView list(PointType type) {
        List<Point> points = type == null
                ? Point.<Point>list("declared = true")
                : Point.<Point>list("declared = true and type = ?1", type);
        List<Point> sorted = points.stream()
                .sorted(Comparator.comparing((Point p) -> p.type.name()).thenComparing(p -> p.code))
                .toList();
        Map<PointType, long[]> counts = new LinkedHashMap<>();
        for (Point p : sorted) {
            long[] c = counts.computeIfAbsent(p.type, t -> new long[2]);
            c[0]++;
            c[1] += p.active ? 1 : 0;
        }
        return new DeclaredPointsView(
                sorted.size(),
                counts.entrySet().stream()
                        .map(e -> new DeclaredPointsView.DeclaredTypeView(
                                e.getKey(), e.getKey().displayName(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                sorted.stream().map(DeclaredPoints::view).toList());
    }

    /** The list's version: the id of its last change, 0 before the first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version() {
        Number last = (Number) em.createNativeQuery("select coalesce(max(id), 0) from point_declaration")
                .getSingleResult();
        return last.longValue();
    }

    /**
     * Replaces the list by {@code request}'s points, requiring the list's current version in {@code ifMatch}. Every
     * point put on or taken off is recorded; points on both the old and the new list keep when they were declared.
     * A wrong code refuses the whole request (400 naming each entry) and nothing changes.
     */
    @Transactional
    public long replace(DeclaredPointsRequest request, String ifMatch, String by) {
        // one replacement at a time: the version check and the changes it guards happen under the lock
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('declared-points'))")
                .getSingleResult();
        Versions.requireMatch(ifMatch, version());
        List<String> codes = request.pointCodes().stream().map(String::trim).toList();
        Map<String, Point> byCode = codes.isEmpty()
                ? Map.of()
                : Point.<Point>list("code in ?1", codes).stream()
                        .collect(Collectors.toMap(p -> p.code, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "pointCodes[" + i + "]";
            String code = codes.get(i);
            Point p = byCode.get(code);
            if (!seen.add(code)) {
                errors.add(new Problem.FieldError(field, "点位 " + code + " 重复列出"));
            } else if (p == null) {
                errors.add(new Problem.FieldError(field, "点位 " + code + " 不存在"));
            } else if (p.temporary) {
                errors.add(new Problem.FieldError(field, "点位 " + code + " 是临时点位，请先转为登记点位再申报"));
            } else if (!p.active) {
                errors.add(new Problem.FieldError(field, "点位 " + code + " 已停用，不能申报"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        Set<UUID> wanted = byCode.values().stream().map(p -> p.id).collect(Collectors.toSet());
        for (Point p : Point.<Point>list("declared = true")) {
            if (!wanted.contains(p.id)) {
                p.withdrawDeclaration();
                PointDeclaration.of(p.id, false, by, now).persist();
            }
        }
        for (String code : codes) {
            Point p = byCode.get(code);
            if (!p.declared) {
                p.declare(by, now);
                PointDeclaration.of(p.id, true, by, now).persist();
            }
        }
        em.flush();
        return version();
    }

    /** The changes of the list, latest first; only {@code pointCode}'s when it is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PointDeclarationView> history(String pointCode, PageRequest paging) {
        Page<PointDeclaration> page = pointCode == null
                ? Page.of(PointDeclaration.<PointDeclaration>find("order by id desc"), paging, d -> d)
                : Page.of(
                        PointDeclaration.<PointDeclaration>find(
                                "pointId in (select p.id from Point p where p.code = ?1) order by id desc", pointCode),
                        paging,
                        d -> d);
        Set<UUID> ids = page.items().stream().map(d -> d.pointId).collect(Collectors.toSet());
        Map<UUID, Point> points = new HashMap<>();
        if (!ids.isEmpty()) {
            Point.<Point>list("id in ?1", ids).forEach(p -> points.put(p.id, p));
        }
        return page.map(d -> {
            Point p = points.get(d.pointId);
            return new PointDeclarationView(
                    d.id, p.code, p.name, p.type, p.type.displayName(), d.declared, d.changedBy, d.changedAt);
        });
    }

    private static DeclaredPointsView.DeclaredPointView view(Point p) {
        return new DeclaredPointsView.DeclaredPointView(
                p.code,
                p.name,
                p.type,
                p.type.displayName(),
                p.street,
                p.responsibleUnitCode,
                p.active,
                p.declaredAt,
                p.declaredBy);
    }
}
