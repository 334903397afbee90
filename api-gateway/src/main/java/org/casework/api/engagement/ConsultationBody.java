package org.casework.api.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.command.engagement.NewConsultation;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One consultation; {@code worker} defaults to the caller. */
@Schema(example = """
        {"date": "2026-11-20", "kind": "MEETING", "durationMinutes": 45, "place": "IN_OFFICE",
         "record": "Talked about the rent", "participants": ["Jana Dvořáková"]}""")
public record ConsultationBody(
        @NotNull LocalDate date,
        @NotNull ConsultationKind kind,
        @NotNull Integer durationMinutes,
        @NotNull ConsultationPlace place,
        @Size(max = 200) String placeNote,
        @Size(max = 100) String worker,
        @Size(max = 20000) String record,
        @Size(max = 50) List<@NotNull @Size(max = 200) String> participants,
        Integer travelMinutes) {

    NewConsultation toNewConsultation(String caller) {
        return new NewConsultation(UUID.randomUUID(), date, kind, durationMinutes, place, placeNote,
                worker != null ? worker : caller, record, participants, travelMinutes);
    }
}
