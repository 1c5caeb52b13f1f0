package gov.chuangcheng.inspection.grid;

import java.util.List;

/**
 * A grid as the API shows it; {@code geometry} (a GeoJSON MultiPolygon in WGS-84) only where asked for, as lists of
 * many grids would otherwise carry megabytes.
 */
public record GridView(
        String id,
        String code,
        String name,
        GridKind kind,
        String kindName,
        String responsibleUnitCode,
        List<String> coUnitCodes,
        double areaSquareMeters,
        int positionCount,
        String crs,
        Geometry geometry,
        long version) {

    public record Geometry(String type, List<List<List<List<Double>>>> coordinates) {}

    public static GridView of(Grid g, GridGeometry geometry) {
        return new GridView(
                g.id.toString(),
                g.code,
                g.name,
                g.kind,
                g.kind.displayName(),
                g.responsibleUnitCode,
                List.copyOf(g.coUnitCodes),
                Math.round(g.areaSquareMeters * 10) / 10.0,
                g.positionCount,
                "WGS84",
                geometry == null ? null : new Geometry("MultiPolygon", geometry.coordinates()),
                g.version);
    }

    /** The outcome of an import. */
    public record Imported(int created, int updated, List<String> createdCodes, List<String> updatedCodes) {}
}
