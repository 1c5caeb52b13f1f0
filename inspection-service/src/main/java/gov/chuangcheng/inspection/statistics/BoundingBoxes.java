package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.platform.problem.ProblemException;

/** The {@code bbox} query parameter of the map: {@code minLon,minLat,maxLon,maxLat} in WGS-84, as in RFC 7946. */
public final class BoundingBoxes {

    private static final String FORMAT = "格式应为 最小经度,最小纬度,最大经度,最大纬度（WGS-84，十进制度），例如 120.10,30.20,120.30,30.35";

    private BoundingBoxes() {}

    /** The box, or null when the parameter is absent; 400 naming {@code bbox} when it is malformed. */
    public static Geo.BoundingBox parse(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw ProblemException.invalid("bbox", FORMAT);
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(v[i])) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("bbox", FORMAT);
        }
        double minLon = v[0];
        double minLat = v[1];
        double maxLon = v[2];
        double maxLat = v[3];
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            throw ProblemException.invalid("bbox", "经度应在-180到180之间，纬度应在-90到90之间");
        }
        if (minLon > maxLon || minLat > maxLat) {
            throw ProblemException.invalid("bbox", "最小值不能大于最大值（不支持跨越180度经线的范围）");
        }
        return new Geo.BoundingBox(minLat, maxLat, minLon, maxLon);
    }
}
