package gov.chuangcheng.events.inspection;

/**
 * What consumers need to show about an inspected point (点位) without calling inspection-service.
 *
 * @param type      code of the point type, e.g. {@code FARMERS_MARKET}
 * @param latitude  where the point is (WGS-84), so that a consumer can tell a photo taken far from it; null when
 *                  unknown
 * @param longitude as {@code latitude}
 */
public record PointRef(
        String id,
        String code,
        String name,
        String type,
        String address,
        String responsibleUnitCode,
        String responsibleUnitName,
        Double latitude,
        Double longitude) {

    /** A point without its position (as published before the position was carried). */
    public PointRef(
            String id,
            String code,
            String name,
            String type,
            String address,
            String responsibleUnitCode,
            String responsibleUnitName) {
        this(id, code, name, type, address, responsibleUnitCode, responsibleUnitName, null, null);
    }
}
