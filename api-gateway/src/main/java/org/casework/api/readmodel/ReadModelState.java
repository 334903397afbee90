package org.casework.api.readmodel;

import java.util.List;

/**
 * One read model's processor: whether it runs, whether a segment is in error, whether it is replaying, how far it
 * is ({@code position}, the lowest global index among its segments) against the newest event ({@code head}),
 * whether every segment has caught up with the store once, during a replay the share already replayed, and the
 * events it could not apply ({@code deadLetters}).
 */
public record ReadModelState(
        String name,
        boolean running,
        boolean error,
        boolean replaying,
        boolean caughtUp,
        int segments,
        Long position,
        Long head,
        Double replayProgressPercent,
        boolean replayable,
        DeadLetterSummary deadLetters) {

    /**
     * Dead letters: how many, of how many sequences (files), and the first {@link DeadLetters#SHOWN} of them. Null
     * for a processor without a dead-letter queue.
     */
    public record DeadLetterSummary(long letters, long sequences, List<DeadLetterView> shown) {
    }
}
