package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded consultation as it should have been recorded: every field, corrected or not, replaces the one recorded
 * before, which stays readable in the event history. {@code reason} says why; {@code totals} are the engagement's
 * consultations after the correction.
 */
public record ConsultationCorrected(
        UUID consultationId,
        UUID engagementId,
        UUID clientId,
        LocalDate date,
        ConsultationKind kind,
        int durationMinutes,
        ConsultationPlace place,
        @Personal String placeNote,
        String worker,
        @Personal String record,
        @Personal List<String> participants,
        Integer travelMinutes,
        @Personal String reason,
        ConsultationTotals totals) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
