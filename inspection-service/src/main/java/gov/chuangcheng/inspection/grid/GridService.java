package gov.chuangcheng.inspection.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Maintains the grids (网格) and answers which grid a position belongs to. */
@ApplicationScoped
public class GridService {

    private final UnitDirectory directory;
    private final ObjectMapper json;
    private final Clock clock;

    public GridService(UnitDirectory directory, ObjectMapper json, Clock clock) {
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of an import: codes created and codes updated. */
    public record Imported(List<String> created, List<String> updated) {}

    /**
     * Creates or replaces every grid of a read FeatureCollection in one transaction, after checking that every unit
     * exists; nothing is written if any feature is wrong.
     */
    @Transactional
    public Imported importAll(List<GridFeatures.Feature> features) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (GridFeatures.Feature f : features) {
            checkUnit(f.responsibleUnitCode(), f.path() + ".properties.responsibleUnitCode", errors);
            for (int i = 0; i < f.coUnitCodes().size(); i++) {
                checkUnit(f.coUnitCodes().get(i), f.path() + ".properties.coUnitCodes[" + i + "]", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        Instant now = clock.instant();
        for (GridFeatures.Feature f : features) {
            Optional<Grid> existing = findByCode(f.code());
            Grid grid = existing.orElseGet(() -> {
                Grid g = new Grid();
                g.id = UUID.randomUUID();
                g.code = f.code();
                g.createdAt = now;
                return g;
            });
            apply(grid, f, now);
            if (existing.isEmpty()) {
                grid.persist();
                created.add(f.code());
            } else {
                updated.add(f.code());
            }
        }
        return new Imported(created, updated);
    }

    private void checkUnit(String unit, String field, List<Problem.FieldError> errors) {
        if (unit != null && directory.find(unit).isEmpty()) {
            errors.add(new Problem.FieldError(field, "unit " + unit + " does not exist in the unit directory"));
        }
    }

    private void apply(Grid grid, GridFeatures.Feature f, Instant now) {
        GridGeometry g = f.geometry();
        Geo.BoundingBox box = g.boundingBox();
        grid.name = f.name();
        grid.kind = f.kind();
        grid.responsibleUnitCode = f.responsibleUnitCode();
        grid.coUnitCodes.clear();
        grid.coUnitCodes.addAll(f.coUnitCodes());
        try {
            grid.coordinates = json.writeValueAsString(g.coordinates());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        grid.minLat = box.minLat();
        grid.maxLat = box.maxLat();
        grid.minLon = box.minLon();
        grid.maxLon = box.maxLon();
        grid.areaSquareMeters = g.areaSquareMeters();
        grid.positionCount = g.positionCount();
        grid.updatedAt = now;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Grid> findByCode(String code) {
        return Grid.find("code", code).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Grid> list(GridKind kind, String unit, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (unit != null) {
            where.append(" and (responsibleUnitCode = :unit or :unit member of coUnitCodes)");
            params.put("unit", unit);
        }
        return Page.of(Grid.<Grid>find(where + " order by code", params), paging, x -> x);
    }

    /**
     * The grids containing a position (WGS-84), the most specific first: 网格 before 社区 before 街道, then the smaller
     * before the larger, then by code so that the order is stable.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Grid> containing(LatLon p) {
        List<Grid> boxed =
                Grid.list("minLat <= ?1 and maxLat >= ?1 and minLon <= ?2 and maxLon >= ?2", p.lat(), p.lon());
        return boxed.stream()
                .filter(g -> geometry(g).contains(p))
                .sorted(MOST_SPECIFIC)
                .toList();
    }

    /** The most specific first. */
    public static final Comparator<Grid> MOST_SPECIFIC = Comparator.<Grid>comparingInt(g -> -g.kind.specificity())
            .thenComparingDouble(g -> g.areaSquareMeters)
            .thenComparing(g -> g.code);

    public GridGeometry geometry(Grid grid) {
        List<List<List<List<Double>>>> multi;
        try {
            multi = json.readValue(grid.coordinates, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grid " + grid.code + " has unreadable coordinates", e);
        }
        List<GridGeometry.Polygon> polygons = new ArrayList<>();
        for (List<List<List<Double>>> rings : multi) {
            List<GridGeometry.Ring> read = rings.stream().map(GridService::ring).toList();
            polygons.add(new GridGeometry.Polygon(read.get(0), read.subList(1, read.size())));
        }
        return new GridGeometry(polygons);
    }

    private static GridGeometry.Ring ring(List<List<Double>> positions) {
        double[] lons = new double[positions.size()];
        double[] lats = new double[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            lons[i] = positions.get(i).get(0);
            lats[i] = positions.get(i).get(1);
        }
        return new GridGeometry.Ring(lons, lats);
    }
}
