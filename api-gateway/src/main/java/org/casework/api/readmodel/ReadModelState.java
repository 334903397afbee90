package org.casework.api.readmodel;

/**
 * One read model's processor: whether it runs, whether a segment is in error, whether it is replaying, how far it
 * is ({@code position}, the lowest global index among its segments) against the newest event ({@code head}),
 * whether every segment has caught up with the store once, and during a replay the share already replayed.
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
        boolean replayable) {
}
