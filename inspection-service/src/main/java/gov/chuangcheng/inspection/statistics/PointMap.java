package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The map of active points (GeoJSON) with each point's latest result and open problems, in one query. */
@ApplicationScoped
public class PointMap {

    /**
     * What "open problem" means here, honestly: this service does not keep the rectification orders
     * (accountability-service does). It knows what failed at the point's latest inspection and which rectifications
     * wait for a re-inspection (复查). {@code openProblemCount} counts the distinct standards that failed at the
     * latest inspection or have an open re-inspection, each once.
     */
    public static final String OPEN_PROBLEMS = "openProblemCount = the distinct standards that failed at the point's "
            + "latest inspection or whose rectification waits for a re-inspection (复查, open in /reinspections), "
            + "each counted once; latestFailedItems and openReinspections give the two parts. Orders of "
            + "accountability-service that are not (yet) waiting for a re-inspection are only seen through the "
            + "failed items of the latest inspection.";

    private final EntityManager em;
    private final StatisticsConfig config;

    public PointMap(EntityManager em, StatisticsConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Filters of the map; null means any. {@code unit} matches the responsible unit or a co-unit. */
    public record Filter(PointType type, String unit, Geo.BoundingBox bbox) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PointFeature.Collection features(UnitScope scope, Filter filter) {
        Where where = new Where().and("p.active").scope("p.responsible_unit_code", scope);
        if (filter.type() != null) {
            where.and("p.type = :type", "type", filter.type().name());
        }
        if (filter.unit() != null) {
            where.and(
                    "(p.responsible_unit_code = :unit or exists (select 1 from point_co_unit c "
                            + "where c.point_id = p.id and c.unit_code = :unit))",
                    "unit",
                    filter.unit());
        }
        if (filter.bbox() != null) {
            Geo.BoundingBox b = filter.bbox();
            where.and("p.latitude between :minLat and :maxLat", "minLat", b.minLat())
                    .param("maxLat", b.maxLat())
                    .and("p.longitude between :minLon and :maxLon", "minLon", b.minLon())
                    .param("maxLon", b.maxLon());
        }
        int max = config.geojsonMaxFeatures();
        where.param("limit", max + 1);
        List<Object[]> rows =
                where.bind(em.createNativeQuery("""
                select p.code, p.name, p.type, p.address, p.street, p.responsible_unit_code, u.name,
                       p.latitude, p.longitude,
                       li.id, li.passed, li.total_score, li.max_score, li.inspected_at,
                       (select count(*) from inspection_item it where it.inspection_id = li.id and not it.passed),
                       (select count(*) from reinspection_task t where t.point_id = p.id and t.status = 'OPEN'),
                       (select count(*) from (
                            select it.standard_code from inspection_item it
                            where it.inspection_id = li.id and not it.passed
                            union
                            select t.standard_code from reinspection_task t
                            where t.point_id = p.id and t.status = 'OPEN') open_standards),
                       p.temporary, p.grid_code
                from point p
                left join directory_unit u on u.code = p.responsible_unit_code
                left join lateral (select i.id, i.passed, i.total_score, i.max_score, i.inspected_at
                                   from inspection i where i.point_id = p.id
                                   order by i.inspected_at desc, i.created_at desc limit 1) li on true
                where %s
                order by p.code
                limit :limit""".formatted(where.sql()))).getResultList();
        if (rows.size() > max) {
            throw ProblemException.invalid("bbox", "符合条件的点位超过" + max + "个，请用范围（bbox）、点位类型或责任单位缩小地图");
        }
        List<PointFeature> features = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            PointType type = PointType.valueOf((String) r[2]);
            PointFeature.LatestInspection latest = r[9] == null
                    ? null
                    : new PointFeature.LatestInspection(
                            r[9].toString(),
                            (Boolean) r[10],
                            (Boolean) r[10] ? "合格" : "不合格",
                            (BigDecimal) r[11],
                            (BigDecimal) r[12],
                            SqlTimes.instant(r[13]));
            features.add(PointFeature.of(
                    (String) r[0],
                    ((Number) r[8]).doubleValue(),
                    ((Number) r[7]).doubleValue(),
                    new PointFeature.Properties(
                            (String) r[0],
                            (String) r[1],
                            type,
                            type.displayName(),
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            latest,
                            Scopes.count(r[14]),
                            Scopes.count(r[15]),
                            Scopes.count(r[16]),
                            (Boolean) r[17],
                            (Boolean) r[17] ? Point.TEMPORARY_LABEL : Point.REGISTERED_LABEL,
                            (String) r[18])));
        }
        return PointFeature.Collection.of(List.copyOf(features));
    }
}
