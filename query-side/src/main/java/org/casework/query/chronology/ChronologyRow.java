package org.casework.query.chronology;

import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ChronologyRow(
        UUID id,
        LocalDate date,
        ConsultationKind kind,
        int durationMinutes,
        Integer travelMinutes,
        ConsultationPlace place,
        String placeNote,
        String worker,
        String record,
        List<String> participants,
        UUID clientId,
        String clientName,
        UUID engagementId,
        String engagementTitle,
        Instant recordedAt,
        String recordedBy) {
}
