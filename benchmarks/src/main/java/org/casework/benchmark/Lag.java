package org.casework.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How far the read models trail the writes while load runs: every quarter second the store's head and the slowest
 * read model's position. Seconds behind = now minus the moment the oldest event it has not yet processed was
 * stored (as first seen by the sampler).
 */
final class Lag {

    private static final long SAMPLE_EVERY_MS = 250;

    private final ReadModels readModels;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<long[]> heads = new ArrayList<>();
    private final Latencies secondsBehind = new Latencies();
    private final Latencies eventsBehind = new Latencies();
    private Thread thread;
    private Exception failure;

    private Lag(ReadModels readModels) {
        this.readModels = readModels;
    }

    record Result(Map<String, Object> summary) {
    }

    static Lag start(ReadModels readModels) {
        Lag lag = new Lag(readModels);
        lag.thread = new Thread(lag::sample, "lag-sampler");
        lag.thread.start();
        return lag;
    }

    private void sample() {
        try {
            while (running.get()) {
                long now = System.nanoTime();
                long head = readModels.head();
                long position = readModels.slowestPosition();
                heads.add(new long[] {now, head});
                long behindSince = now;
                for (long[] seen : heads) {
                    if (seen[1] > position) {
                        behindSince = seen[0];
                        break;
                    }
                }
                secondsBehind.record(now - behindSince);
                // counted as if milliseconds, so the percentiles read back as events
                eventsBehind.record(Math.max(0, head - position) * 1_000_000);
                Thread.sleep(SAMPLE_EVERY_MS);
            }
        } catch (Exception e) {
            failure = e;
        }
    }

    /** Stops sampling and waits for the slowest read model to reach the head as it was when the load ended. */
    Result stopAndAwaitCatchUp() throws Exception {
        long loadEnded = System.nanoTime();
        running.set(false);
        thread.join();
        if (failure != null) {
            throw failure;
        }
        long head = readModels.head();
        while (readModels.slowestPosition() < head) {
            Thread.sleep(100);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", secondsBehind.count());
        summary.put("secondsBehindP50", Latencies.round(secondsBehind.percentileMillis(50) / 1000));
        summary.put("secondsBehindP99", Latencies.round(secondsBehind.percentileMillis(99) / 1000));
        summary.put("secondsBehindMax", Latencies.round(secondsBehind.percentileMillis(100) / 1000));
        summary.put("eventsBehindP50", Math.round(eventsBehind.percentileMillis(50)));
        summary.put("eventsBehindMax", Math.round(eventsBehind.percentileMillis(100)));
        summary.put("catchUpAfterLoadSeconds", Latencies.round((System.nanoTime() - loadEnded) / 1e9));
        return new Result(summary);
    }
}
