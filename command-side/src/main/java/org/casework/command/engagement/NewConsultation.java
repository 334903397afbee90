package org.casework.command.engagement;

import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One consultation to be recorded; {@code worker} is who did the work; {@code travelMinutes} may be absent. */
public record NewConsultation(
        UUID consultationId,
        LocalDate date,
        ConsultationKind kind,
        int durationMinutes,
        ConsultationPlace place,
        String placeNote,
        String worker,
        String record,
        List<String> participants,
        Integer travelMinutes) {
}
