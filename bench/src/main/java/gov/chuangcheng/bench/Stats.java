package gov.chuangcheng.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles (nearest rank) of a set of latencies in milliseconds. */
record Stats(int count, double p50, double p95, double p99, double max, double mean) {

    static Stats of(double[] millis) {
        if (millis.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] s = millis.clone();
        Arrays.sort(s);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new Stats(s.length, rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s[s.length - 1], sum / s.length);
    }

    private static double rank(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    String row() {
        return String.format(Locale.ROOT, "%d | %.0f | %.0f | %.0f | %.0f", count, p50, p95, p99, max);
    }

    String json() {
        return String.format(Locale.ROOT,
                "{\"count\":%d,\"p50\":%.1f,\"p95\":%.1f,\"p99\":%.1f,\"max\":%.1f,\"mean\":%.1f}",
                count, p50, p95, p99, max, mean);
    }
}
