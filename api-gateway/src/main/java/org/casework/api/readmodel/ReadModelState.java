package org.casework.api.readmodel;

import java.util.List;

/**
 * One event processor, with the read models it keeps ({@code readModels}; none for a policy): whether it runs, whether a segment is in error, whether it is replaying, how far it
 * is ({@code position}, the lowest global index among its segments) against the newest event ({@code head}) and
 * how many events that leaves ({@code eventsBehind}), whether every segment has caught up with the store once,
 * during a replay the share already replayed and its progress ({@code replay}), and the events it could not apply
 * ({@code deadLetters}).
 */
public record ReadModelState(
        String name,
        List<String> readModels,
        boolean running,
        boolean error,
        boolean replaying,
        boolean caughtUp,
        int segments,
        Long position,
        Long head,
        Long eventsBehind,
        Double replayProgressPercent,
        Replay replay,
        boolean replayable,
        DeadLetterSummary deadLetters) {

    /**
     * A rebuild under way: its phase (READING the events, WRITING the rows, INDEXING, SWAPPING the tables in), the
     * events read of those stored when it began, the rate of reading and the seconds of reading left at that rate
     * (null until it has a rate, and once reading is over).
     */
    public record Replay(String phase, long eventsDone, long eventsTotal, Double eventsPerSecond, Long secondsLeft) {
    }

    /**
     * Dead letters: how many, of how many sequences (files), and the first {@link DeadLetters#SHOWN} of them. Null
     * for a processor without a dead-letter queue.
     */
    public record DeadLetterSummary(long letters, long sequences, List<DeadLetterView> shown) {
    }
}
