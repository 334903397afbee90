package org.casework.api.readmodel;

import java.time.Instant;

/**
 * An event a read model could not apply: its file (the processor's sequencing policy: the client's id, else the
 * aggregate's) and the queue's key for it ({@code sequence}, a hash of the file id: Axon's invoker keys sequences so;
 * later events of the file wait behind it under the same key), which event, when it was put aside and last tried, and why, without values ({@link EventNotApplied}).
 */
public record DeadLetterView(
        String file,
        String sequence,
        String eventType,
        String eventId,
        Long globalIndex,
        Instant enqueuedAt,
        Instant lastTried,
        String causeType,
        String causeMessage) {
}
