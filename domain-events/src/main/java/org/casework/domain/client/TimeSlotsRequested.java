package org.casework.domain.client;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;
import org.casework.domain.Personal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The times at which the client needs personal assistance, per weekday, replacing the earlier request.
 * Days that are absent need no assistance.
 */
public record TimeSlotsRequested(UUID clientId, Map<DayOfWeek, List<TimeSlot>> slots, @Personal String note)
        implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
