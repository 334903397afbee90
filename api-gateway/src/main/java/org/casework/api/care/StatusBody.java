package org.casework.api.care;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.command.status.ManualStatus;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;

import java.time.LocalDate;

/** A worker's status entry; REJECTED and TERMINATED need a reason, OTHER needs a reasonNote. */
@Schema(example = """
        {"status": "REJECTED", "effectiveDate": "2026-11-20", "reason": "OUT_OF_TARGET_GROUP",
         "note": "Lives outside the region the service covers"}""")
public record StatusBody(@NotNull Status status, @NotNull LocalDate effectiveDate, StatusReason reason,
                         @Size(max = 2000) String reasonNote, @Size(max = 2000) String note) {

    public ManualStatus toManualStatus() {
        return new ManualStatus(status, effectiveDate, reason, reasonNote, note);
    }
}
