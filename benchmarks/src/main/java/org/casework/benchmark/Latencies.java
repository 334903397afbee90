package org.casework.benchmark;

import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies of one measured thing, in microseconds, summarised as the report shows them (milliseconds). */
final class Latencies {

    private final Histogram histogram = new Histogram(3_600_000_000L, 3);
    private long errors;

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1, nanos / 1_000));
    }

    synchronized void error() {
        errors++;
    }

    synchronized void add(Latencies other) {
        histogram.add(other.histogram);
        errors += other.errors;
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized long errors() {
        return errors;
    }

    synchronized double percentileMillis(double percentile) {
        return round(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("calls", histogram.getTotalCount());
        summary.put("errors", errors);
        summary.put("p50Ms", percentileMillis(50));
        summary.put("p99Ms", percentileMillis(99));
        summary.put("maxMs", round(histogram.getMaxValue() / 1000.0));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
