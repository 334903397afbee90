package org.casework.api.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.engagement.ClosureReason;

import java.time.LocalDate;

/** A closure as it should have been recorded (the fields of {@link ClosureBody}) and why it is corrected. */
public record ClosureCorrectionBody(
        @NotNull LocalDate closedOn,
        @NotNull ClosureReason reason,
        @Size(max = 2000) String reasonNote,
        Boolean followUp,
        @Size(max = 20000) String followUpAgreement,
        @NotBlank @Size(max = CorrectionReasonBody.MAX) String correctionReason) {
}
