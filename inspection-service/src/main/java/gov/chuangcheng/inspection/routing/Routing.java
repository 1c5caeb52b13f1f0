package gov.chuangcheng.inspection.routing;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.grid.Grid;
import gov.chuangcheng.inspection.grid.GridService;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes a finding by {@link FindingRouter}: looks up the candidates, asks the rule, and makes the temporary point it
 * calls for. The grid's row is locked while its temporary points are looked at, so that two findings at one place at
 * once end on one temporary point, not two.
 */
@ApplicationScoped
public class Routing {

    private final PointService points;
    private final GridService grids;
    private final RoutingConfig config;
    private final Clock clock;

    public Routing(PointService points, GridService grids, RoutingConfig config, Clock clock) {
        this.points = points;
        this.grids = grids;
        this.config = config;
        this.clock = clock;
    }

    /** Where a finding went: a point (registered or temporary, maybe just made), or nowhere yet (待派遣). */
    public record Routed(Point point, Kind kind, String gridCode) {

        public enum Kind {
            REGISTERED,
            TEMPORARY_REUSED,
            TEMPORARY_NEW,
            PENDING_DISPATCH
        }

        public boolean pending() {
            return kind == Kind.PENDING_DISPATCH;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Routed route(LatLon at, String standardCode, List<PointType> types) {
        FindingRouter.Finding finding = new FindingRouter.Finding(at, standardCode, types);
        List<FindingRouter.Candidate> registered = new ArrayList<>();
        for (PointType type : types) {
            points.list(
                            UnitScope.all(),
                            new PointService.Filter(type, null, null, at, config.pointRadiusMeters()),
                            PageRequest.of(0, PageRequest.MAX_SIZE))
                    .items()
                    .forEach(p -> registered.add(candidate(p)));
        }
        List<Grid> containing = grids.containing(at);
        List<FindingRouter.GridCandidate> gridCandidates = containing.stream()
                .map(g -> new FindingRouter.GridCandidate(g.code, g.kind, g.areaSquareMeters))
                .toList();
        Optional<FindingRouter.GridCandidate> chosen = FindingRouter.mostSpecific(gridCandidates);
        List<FindingRouter.Candidate> temporaries = List.of();
        Grid grid = null;
        if (chosen.isPresent()) {
            grid = containing.stream()
                    .filter(g -> g.code.equals(chosen.get().code()))
                    .findFirst()
                    .orElseThrow();
            io.quarkus.hibernate.orm.panache.Panache.getEntityManager().lock(grid, LockModeType.PESSIMISTIC_WRITE);
            temporaries = Point.<Point>list(
                            "temporary = true and active = true and gridCode = ?1 and standardCode = ?2",
                            grid.code,
                            standardCode)
                    .stream()
                    .map(Routing::candidate)
                    .toList();
        }
        FindingRouter.Decision decision =
                FindingRouter.decide(finding, registered, gridCandidates, temporaries, config.settings());
        if (decision instanceof FindingRouter.ToRegistered r) {
            return new Routed(Point.findById(r.pointId()), Routed.Kind.REGISTERED, null);
        }
        if (decision instanceof FindingRouter.ToTemporary t) {
            return new Routed(Point.findById(t.pointId()), Routed.Kind.TEMPORARY_REUSED, t.gridCode());
        }
        if (decision instanceof FindingRouter.NewTemporary n) {
            Grid g = grid;
            long made = Point.count("gridCode", g.code);
            Point point = Point.temporary(
                    "TMP-" + g.code + "-" + (made + 1),
                    g.name + "临时点位" + (made + 1),
                    n.type(),
                    at,
                    g.responsibleUnitCode,
                    g.coUnitCodes,
                    g.code,
                    standardCode,
                    clock.instant());
            point.persist();
            return new Routed(point, Routed.Kind.TEMPORARY_NEW, g.code);
        }
        return new Routed(null, Routed.Kind.PENDING_DISPATCH, null);
    }

    /**
     * The temporary point the office's dispatch of a finding outside every grid goes to: one of this unit gathering
     * the standard within the reuse distance, else a new one ({@code TMP-<unit>-<n>}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Point dispatched(LatLon at, String standardCode, PointType type, String unitCode) {
        Optional<Point> near = Point.<Point>list(
                        "temporary = true and active = true and gridCode is null and standardCode = ?1"
                                + " and responsibleUnitCode = ?2 and type = ?3",
                        standardCode,
                        unitCode,
                        type)
                .stream()
                .filter(p -> gov.chuangcheng.inspection.point.Geo.distanceMeters(at, p.position())
                        <= config.temporaryReuseMeters())
                .min(java.util.Comparator.comparingDouble(
                        p -> gov.chuangcheng.inspection.point.Geo.distanceMeters(at, p.position())));
        if (near.isPresent()) {
            return near.get();
        }
        String prefix = "TMP-DISPATCH-" + unitCode + "-";
        long made = Point.count("code like ?1", prefix + "%");
        Point point = Point.temporary(
                prefix + (made + 1),
                "派遣临时点位" + (made + 1),
                type,
                at,
                unitCode,
                List.of(),
                null,
                standardCode,
                clock.instant());
        point.persist();
        return point;
    }

    private static FindingRouter.Candidate candidate(Point p) {
        return new FindingRouter.Candidate(
                p.id, p.type, p.position(), p.active, p.temporary, p.gridCode, p.standardCode);
    }
}
