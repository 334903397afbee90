package org.casework.api.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.command.engagement.NewConsultation;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation as it should have been recorded, every field, and why; {@code worker} absent keeps the recorded one. */
@Schema(example = """
        {"date": "2026-11-20", "kind": "MEETING", "durationMinutes": 60, "place": "IN_OFFICE",
         "record": "Talked about the rent", "participants": ["Jana Dvořáková"],
         "reason": "the meeting took an hour"}""")
public record ConsultationCorrectionBody(
        @NotNull LocalDate date,
        @NotNull ConsultationKind kind,
        @NotNull Integer durationMinutes,
        @NotNull ConsultationPlace place,
        @Size(max = 200) String placeNote,
        @Size(max = 100) String worker,
        @Size(max = 20000) String record,
        @Size(max = 50) List<@NotNull @Size(max = 200) String> participants,
        Integer travelMinutes,
        @NotBlank @Size(max = CorrectionReasonBody.MAX) String reason) {

    NewConsultation toCorrected(UUID consultationId) {
        return new NewConsultation(consultationId, date, kind, durationMinutes, place, placeNote, worker, record,
                participants, travelMinutes);
    }
}
