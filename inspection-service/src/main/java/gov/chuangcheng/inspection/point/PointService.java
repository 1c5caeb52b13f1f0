package gov.chuangcheng.inspection.point;

import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Maintains the inspection points (点位). */
@ApplicationScoped
public class PointService {

    /** Largest radius of a "near" search. */
    public static final double MAX_RADIUS_METERS = 50_000;

    private final UnitDirectory directory;
    private final Clock clock;

    public PointService(UnitDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Filters of the point list; null means "any". */
    public record Filter(PointType type, String unit, String street, LatLon near, Double radiusMeters) {}

    /** The outcome of an import: codes created and codes updated. */
    public record Imported(List<String> created, List<String> updated) {}

    @Transactional
    public Point create(PointRequest request) {
        if (findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("point " + request.code() + " already exists");
        }
        List<Problem.FieldError> errors = check(request, "");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Point point = newPoint(request.code());
        apply(point, request);
        point.persist();
        return point;
    }

    @Transactional
    public Point update(String code, String ifMatch, PointRequest request) {
        Point point = findByCode(code).orElseThrow(() -> ProblemException.notFound("point", code));
        Versions.requireMatch(ifMatch, point.version);
        if (!code.equals(request.code())) {
            throw ProblemException.invalid("code", "must equal the point's code " + code + " (codes never change)");
        }
        List<Problem.FieldError> errors = check(request, "");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        apply(point, request);
        return point;
    }

    /**
     * Creates or replaces every point of an import in one transaction. The rows must have been checked with
     * {@link #check} (the import does so for all rows before calling this); nothing is written if any row is wrong.
     */
    @Transactional
    public Imported importAll(List<PointRequest> rows) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (PointRequest row : rows) {
            Optional<Point> existing = findByCode(row.code());
            Point point = existing.orElseGet(() -> newPoint(row.code()));
            apply(point, row);
            if (existing.isEmpty()) {
                point.persist();
                created.add(row.code());
            } else {
                updated.add(row.code());
            }
        }
        return new Imported(created, updated);
    }

    /**
     * Makes a temporary point registered (转为登记点位) with a proper name and address; it keeps its id and code, so
     * its findings, inspections and orders stay with it.
     */
    @Transactional
    public Point promote(String code, String ifMatch, PromotionRequest request) {
        Point point = findByCode(code).orElseThrow(() -> ProblemException.notFound("point", code));
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, point.version);
        }
        if (!point.temporary) {
            throw ProblemException.conflict("point " + code + " is already a registered point");
        }
        point.promote(request.name().strip(), request.address().strip(), clock.instant());
        point.coUnitCodes.size(); // loaded here: the view is made after the transaction
        return point;
    }

    /** What is wrong with a point beyond its Bean Validation constraints; fields are prefixed with {@code prefix}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Problem.FieldError> check(PointRequest request, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.responsibleUnitCode() != null
                && directory.find(request.responsibleUnitCode()).isEmpty()) {
            errors.add(new Problem.FieldError(
                    prefix + "responsibleUnitCode",
                    "unit " + request.responsibleUnitCode() + " does not exist in the unit directory"));
        }
        if (request.coUnitCodes() != null) {
            for (int i = 0; i < request.coUnitCodes().size(); i++) {
                String unit = request.coUnitCodes().get(i);
                if (unit == null || directory.find(unit).isEmpty()) {
                    errors.add(new Problem.FieldError(
                            prefix + "coUnitCodes[" + i + "]",
                            "unit " + unit + " does not exist in the unit directory"));
                } else if (unit.equals(request.responsibleUnitCode())) {
                    errors.add(new Problem.FieldError(
                            prefix + "coUnitCodes[" + i + "]", "unit " + unit + " is already the responsible unit"));
                } else if (request.coUnitCodes().indexOf(unit) < i) {
                    errors.add(new Problem.FieldError(
                            prefix + "coUnitCodes[" + i + "]", "unit " + unit + " is listed twice"));
                }
            }
        }
        return errors;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** What events carry about a point, with its responsible unit's display name from the directory. */
    public PointRef ref(Point point) {
        String unitName = directory
                .find(point.responsibleUnitCode)
                .map(UnitUpserted::name)
                .orElse(point.responsibleUnitCode);
        return new PointRef(
                point.id.toString(),
                point.code,
                point.name,
                point.type.name(),
                point.address,
                point.responsibleUnitCode,
                unitName,
                point.latitude,
                point.longitude);
    }

    public Optional<Point> findByCode(String code) {
        return Point.find("code", code).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Point> find(String code, UnitScope scope) {
        return findByCode(code).filter(p -> scope.includes(p.responsibleUnitCode));
    }

    /**
     * Points in {@code scope} (by responsible unit) matching the filter. A radius search first narrows to a
     * latitude/longitude box (indexed), then keeps what the haversine distance, computed in SQL, puts inside the
     * radius.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Point> list(UnitScope scope, Filter filter, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.filter().ifPresent(units -> {
            where.append(" and responsibleUnitCode in :units");
            params.put("units", units);
        });
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.put("type", filter.type());
        }
        if (filter.unit() != null) {
            where.append(" and (responsibleUnitCode = :unit or :unit member of coUnitCodes)");
            params.put("unit", filter.unit());
        }
        if (filter.street() != null) {
            where.append(" and street = :street");
            params.put("street", filter.street());
        }
        if (filter.near() != null) {
            LatLon c = filter.near();
            Geo.BoundingBox box = Geo.boxAround(c, filter.radiusMeters());
            where.append(" and latitude between :minLat and :maxLat and longitude between :minLon and :maxLon")
                    .append(" and :earthDiameter * asin(sqrt(power(sin(radians(latitude - :lat) / 2.0), 2)")
                    .append(" + cos(radians(:lat)) * cos(radians(latitude))")
                    .append(" * power(sin(radians(longitude - :lon) / 2.0), 2))) <= :radius");
            params.put("minLat", box.minLat());
            params.put("maxLat", box.maxLat());
            params.put("minLon", box.minLon());
            params.put("maxLon", box.maxLon());
            params.put("earthDiameter", 2 * Geo.EARTH_RADIUS_METERS);
            params.put("lat", c.lat());
            params.put("lon", c.lon());
            params.put("radius", filter.radiusMeters());
        }
        return Page.of(Point.<Point>find(where + " order by code", params), paging, p -> p);
    }

    private Point newPoint(String code) {
        Point point = new Point();
        point.id = UUID.randomUUID();
        point.code = code;
        point.createdAt = clock.instant();
        return point;
    }

    private void apply(Point point, PointRequest request) {
        LatLon wgs = LatLon.toWgs84(request.latitude(), request.longitude(), request.crs());
        point.name = request.name().trim();
        point.type = request.type();
        point.address = request.address().trim();
        point.street = request.street() == null || request.street().isBlank()
                ? null
                : request.street().trim();
        point.latitude = wgs.lat();
        point.longitude = wgs.lon();
        point.responsibleUnitCode = request.responsibleUnitCode();
        point.coUnitCodes.clear();
        if (request.coUnitCodes() != null) {
            point.coUnitCodes.addAll(request.coUnitCodes());
        }
        point.active = request.active() == null || request.active();
        point.updatedAt = clock.instant();
    }
}
