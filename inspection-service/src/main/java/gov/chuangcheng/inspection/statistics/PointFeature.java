package gov.chuangcheng.inspection.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A point as an RFC 7946 GeoJSON Feature: geometry Point with [longitude, latitude] in WGS-84. */
@JsonPropertyOrder({"type", "id", "geometry", "properties"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PointFeature(String type, String id, Geometry geometry, Properties properties) {

    public static PointFeature of(String code, double longitude, double latitude, Properties properties) {
        return new PointFeature("Feature", code, new Geometry("Point", List.of(longitude, latitude)), properties);
    }

    @JsonPropertyOrder({"type", "coordinates"})
    public record Geometry(String type, List<Double> coordinates) {}

    /**
     * {@code latestInspection} is null for a point never inspected. {@code openProblemCount}: see
     * {@link PointMap#OPEN_PROBLEMS}. {@code temporary} marks a 临时点位 ({@code registration} 临时点位 or 登记点位),
     * {@code gridCode} the grid it was made in.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Properties(
            String code,
            String name,
            PointType type,
            String typeName,
            String address,
            String street,
            String responsibleUnitCode,
            String responsibleUnitName,
            LatestInspection latestInspection,
            long latestFailedItems,
            long openReinspections,
            long openProblemCount,
            boolean temporary,
            String registration,
            String gridCode) {}

    public record LatestInspection(
            String id,
            boolean passed,
            String result,
            BigDecimal totalScore,
            BigDecimal maxScore,
            Instant inspectedAt) {}

    /** The collection of features. */
    @JsonPropertyOrder({"type", "features"})
    public record Collection(String type, List<PointFeature> features) {
        public static Collection of(List<PointFeature> features) {
            return new Collection("FeatureCollection", features);
        }
    }
}
