package gov.chuangcheng.events.inspection;

/**
 * What consumers need to show about an inspected point (点位) without calling inspection-service.
 *
 * @param type code of the point type, e.g. {@code FARMERS_MARKET}
 */
public record PointRef(
        String id,
        String code,
        String name,
        String type,
        String address,
        String responsibleUnitCode,
        String responsibleUnitName) {}
