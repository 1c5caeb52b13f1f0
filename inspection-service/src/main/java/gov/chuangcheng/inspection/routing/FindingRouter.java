package gov.chuangcheng.inspection.routing;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.grid.GridKind;
import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.LatLon;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a problem found at a position goes: the one place this is decided, for inspectors' findings and public
 * reports alike. In order: the nearest registered active point of a matching type within {@code pointRadius}; else,
 * in the most specific grid containing the position (网格 over 社区 over 街道, then the smallest), the nearest temporary
 * point of that grid gathering the same standard within {@code reuseDistance}, so that repeated reports of one
 * problem join one episode; else a new temporary point of that grid; outside every grid, the office's manual dispatch
 * queue. Who answers for the chosen point is decided afterwards by the settled-responsibility rule. Pure.
 */
public final class FindingRouter {

    private FindingRouter() {}

    /** The distances of the rule, in metres. */
    public record Settings(double pointRadiusMeters, double reuseDistanceMeters) {}

    /** A point the routing may choose: registered, or temporary with the grid and standard it gathers. */
    public record Candidate(
            UUID id,
            PointType type,
            LatLon position,
            boolean active,
            boolean temporary,
            String gridCode,
            String standardCode) {}

    /** A grid containing the position. */
    public record GridCandidate(String code, GridKind kind, double areaSquareMeters) {}

    /** What the finding is about: where, which standard, and the point types whose checklists have the item. */
    public record Finding(LatLon position, String standardCode, List<PointType> types) {}

    public sealed interface Decision {}

    /** To a registered point. */
    public record ToRegistered(UUID pointId, double distanceMeters) implements Decision {}

    /** To a temporary point that already gathers this standard nearby. */
    public record ToTemporary(UUID pointId, String gridCode, double distanceMeters) implements Decision {}

    /** To a new temporary point of the grid, of the first matching type. */
    public record NewTemporary(String gridCode, PointType type) implements Decision {}

    /** Outside every grid: the office dispatches it by hand (待派遣). */
    public record ToDispatch() implements Decision {}

    /**
     * @param registered  registered points near the position (more may be passed than qualify)
     * @param grids       the grids containing the position
     * @param temporaries temporary points (of any grid or standard: those that do not fit are ignored)
     */
    public static Decision decide(
            Finding finding,
            List<Candidate> registered,
            List<GridCandidate> grids,
            List<Candidate> temporaries,
            Settings settings) {
        if (finding.types().isEmpty()) {
            throw new IllegalArgumentException("a finding needs the point types its item applies to");
        }
        LatLon at = finding.position();
        Optional<Candidate> point = nearest(
                registered.stream()
                        .filter(c ->
                                c.active() && !c.temporary() && finding.types().contains(c.type()))
                        .toList(),
                at,
                settings.pointRadiusMeters());
        if (point.isPresent()) {
            return new ToRegistered(
                    point.get().id(), Geo.distanceMeters(at, point.get().position()));
        }
        Optional<GridCandidate> grid = mostSpecific(grids);
        if (grid.isEmpty()) {
            return new ToDispatch();
        }
        String gridCode = grid.get().code();
        Optional<Candidate> temporary = nearest(
                temporaries.stream()
                        .filter(c -> c.active()
                                && c.temporary()
                                && gridCode.equals(c.gridCode())
                                && finding.standardCode().equals(c.standardCode())
                                && finding.types().contains(c.type()))
                        .toList(),
                at,
                settings.reuseDistanceMeters());
        if (temporary.isPresent()) {
            return new ToTemporary(
                    temporary.get().id(),
                    gridCode,
                    Geo.distanceMeters(at, temporary.get().position()));
        }
        return new NewTemporary(gridCode, finding.types().get(0));
    }

    /** 网格 over 社区 over 街道, then the smallest, then by code. */
    public static Optional<GridCandidate> mostSpecific(List<GridCandidate> grids) {
        return grids.stream()
                .min(Comparator.<GridCandidate>comparingInt(g -> -g.kind().specificity())
                        .thenComparingDouble(GridCandidate::areaSquareMeters)
                        .thenComparing(GridCandidate::code));
    }

    private static Optional<Candidate> nearest(List<Candidate> candidates, LatLon at, double within) {
        return candidates.stream()
                .filter(c -> Geo.distanceMeters(at, c.position()) <= within)
                .min(Comparator.comparingDouble(c -> Geo.distanceMeters(at, c.position())));
    }
}
