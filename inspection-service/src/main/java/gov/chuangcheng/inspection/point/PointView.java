package gov.chuangcheng.inspection.point;

import gov.chuangcheng.events.evaluation.PointType;
import java.util.List;

/**
 * A point as the API shows it; coordinates are WGS-84 ({@code crs} says so explicitly). {@code temporary} marks a
 * 临时点位 made where a problem was found off every registered point ({@code registration} says 临时点位 or 登记点位;
 * {@code gridCode} is the grid it was made in).
 */
public record PointView(
        String id,
        String code,
        String name,
        PointType type,
        String typeName,
        String address,
        String street,
        double latitude,
        double longitude,
        String crs,
        String responsibleUnitCode,
        List<String> coUnitCodes,
        boolean active,
        boolean temporary,
        String registration,
        String gridCode,
        long version) {

    public static PointView of(Point p) {
        return new PointView(
                p.id.toString(),
                p.code,
                p.name,
                p.type,
                p.type.displayName(),
                p.address,
                p.street,
                p.latitude,
                p.longitude,
                Crs.WGS84.name(),
                p.responsibleUnitCode,
                List.copyOf(p.coUnitCodes),
                p.active,
                p.temporary,
                p.registrationLabel(),
                p.gridCode,
                p.version);
    }
}
