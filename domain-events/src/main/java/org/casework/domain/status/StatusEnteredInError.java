package org.casework.domain.status;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.util.UUID;

/**
 * The client's status entry number {@code entry} (its place in the recording order, from 0) was entered in error:
 * it stays in the history, struck through, and no longer counts ({@link StatusTimeline}). {@code bySystem} when an
 * automatic rule withdrew its own entry; the reason then names the rule.
 */
public record StatusEnteredInError(UUID clientId, int entry, @Personal String reason, boolean bySystem)
        implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
