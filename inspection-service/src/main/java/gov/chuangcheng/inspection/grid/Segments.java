package gov.chuangcheng.inspection.grid;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Plane segment tests on longitude/latitude, exact in doubles (no tolerance): what a simple ring needs. Pure. */
final class Segments {

    private Segments() {}

    /** Two segments of a ring that meet where they must not: indices of their first positions. */
    record Crossing(int first, int second) {}

    /** The sign of the turn a → b → c: positive counter-clockwise, negative clockwise, 0 collinear. */
    static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    /** Whether c, collinear with a–b, lies within their bounding box (so on the segment). */
    private static boolean onSegment(double ax, double ay, double bx, double by, double cx, double cy) {
        return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
    }

    /** Whether segments p1–p2 and q1–q2 share any point (crossing, touching or overlapping). */
    static boolean intersect(
            double p1x, double p1y, double p2x, double p2y, double q1x, double q1y, double q2x, double q2y) {
        int o1 = orientation(p1x, p1y, p2x, p2y, q1x, q1y);
        int o2 = orientation(p1x, p1y, p2x, p2y, q2x, q2y);
        int o3 = orientation(q1x, q1y, q2x, q2y, p1x, p1y);
        int o4 = orientation(q1x, q1y, q2x, q2y, p2x, p2y);
        if (o1 != o2 && o3 != o4) {
            return true;
        }
        return (o1 == 0 && onSegment(p1x, p1y, p2x, p2y, q1x, q1y))
                || (o2 == 0 && onSegment(p1x, p1y, p2x, p2y, q2x, q2y))
                || (o3 == 0 && onSegment(q1x, q1y, q2x, q2y, p1x, p1y))
                || (o4 == 0 && onSegment(q1x, q1y, q2x, q2y, p2x, p2y));
    }

    /**
     * The first place a closed ring touches or crosses itself, if any. Neighbouring segments may only share their
     * common position (a spike that doubles back counts as touching). A sweep along the longitude keeps the work
     * near n log n for the ordinary outlines of districts.
     */
    static Optional<Crossing> selfIntersection(GridGeometry.Ring ring) {
        double[] x = ring.lons();
        double[] y = ring.lats();
        int n = x.length - 1; // segments
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Math.min(x[i], x[i + 1])));
        for (int a = 0; a < n; a++) {
            int i = order[a];
            double maxX = Math.max(x[i], x[i + 1]);
            double minY = Math.min(y[i], y[i + 1]);
            double maxY = Math.max(y[i], y[i + 1]);
            for (int b = a + 1; b < n; b++) {
                int j = order[b];
                if (Math.min(x[j], x[j + 1]) > maxX) {
                    break;
                }
                if (Math.max(y[j], y[j + 1]) < minY || Math.min(y[j], y[j + 1]) > maxY) {
                    continue;
                }
                int lo = Math.min(i, j);
                int hi = Math.max(i, j);
                boolean neighbours = hi - lo == 1 || (lo == 0 && hi == n - 1);
                if (neighbours) {
                    if (foldsBack(x, y, lo, hi, n)) {
                        return Optional.of(new Crossing(lo, hi));
                    }
                } else if (intersect(x[i], y[i], x[i + 1], y[i + 1], x[j], y[j], x[j + 1], y[j + 1])) {
                    return Optional.of(new Crossing(lo, hi));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two neighbouring segments overlap beyond their shared position (collinear and turning back). */
    private static boolean foldsBack(double[] x, double[] y, int lo, int hi, int n) {
        int first = lo == 0 && hi == n - 1 ? hi : lo; // the segment that ends at the shared position
        int second = first == hi ? lo : hi;
        double ax = x[first];
        double ay = y[first];
        double sx = x[first + 1];
        double sy = y[first + 1];
        double cx = x[second + 1];
        double cy = y[second + 1];
        if (orientation(ax, ay, sx, sy, cx, cy) != 0) {
            return false;
        }
        double dot = (sx - ax) * (cx - sx) + (sy - ay) * (cy - sy);
        return dot < 0;
    }
}
