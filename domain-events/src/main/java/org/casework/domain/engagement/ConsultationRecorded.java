package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One act of work (konzultace) done on {@code date} inside an engagement. */
public record ConsultationRecorded(
        UUID consultationId,
        UUID engagementId,
        UUID clientId,
        LocalDate date,
        ConsultationKind kind,
        int durationMinutes,
        ConsultationPlace place,
        String placeNote,
        String worker,
        String record,
        List<String> participants) implements ClientEvent {
}
