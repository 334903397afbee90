package org.casework.api.rebuild;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a rebuild is: shared by the thread that runs it and the requests that ask. Durations are measured on the
 * monotonic clock: they are no business time, and must not jump with the wall clock.
 */
public final class RebuildProgress {

    /** What a rebuild does, in order; it ends in one of the last three. */
    public enum Phase { READING, WRITING, INDEXING, SWAPPING, DONE, CANCELLED, FAILED }

    private final List<String> readModels;
    private final long eventsTotal;
    private final long startedAt = System.nanoTime();
    private final AtomicLong eventsDone = new AtomicLong();
    private final AtomicLong rowsWritten = new AtomicLong();
    private volatile Phase phase = Phase.READING;
    private volatile long readUntil;
    private volatile long endedAt;
    private volatile String failure;
    private volatile Long position;

    RebuildProgress(List<String> readModels, long eventsTotal) {
        this.readModels = List.copyOf(readModels);
        this.eventsTotal = eventsTotal;
    }

    /** A snapshot for the API: events done of the total, the rate so far and the seconds left at that rate. */
    public record State(List<String> readModels, Phase phase, long eventsDone, long eventsTotal, long rowsWritten,
                        Double eventsPerSecond, Long secondsLeft, double seconds, Long position, String failure) {

        public boolean running() {
            return phase != Phase.DONE && phase != Phase.CANCELLED && phase != Phase.FAILED;
        }
    }

    public State state() {
        long done = eventsDone.get();
        long until = endedAt != 0 ? endedAt : System.nanoTime();
        long readEnd = readUntil != 0 ? readUntil : until;
        double readSeconds = (readEnd - startedAt) / 1e9;
        Double rate = readSeconds > 0 && done > 0 ? Math.round(done / readSeconds * 10) / 10.0 : null;
        Long left = rate == null || phase != Phase.READING ? null : Math.round((eventsTotal - done) / rate);
        return new State(readModels, phase, done, eventsTotal, rowsWritten.get(), rate, left,
                Math.round((until - startedAt) / 1e6) / 1000.0, position, failure);
    }

    public List<String> readModels() {
        return readModels;
    }

    void read(int events) {
        eventsDone.addAndGet(events);
    }

    void written(long rows) {
        rowsWritten.addAndGet(rows);
    }

    void phase(Phase next) {
        if (phase == Phase.READING && next != Phase.READING) {
            readUntil = System.nanoTime();
        }
        phase = next;
        if (!state().running()) {
            endedAt = System.nanoTime();
        }
    }

    void reached(long position) {
        this.position = position;
    }

    void failed(String reason) {
        failure = reason;
        phase(Phase.FAILED);
    }
}
