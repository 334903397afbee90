package org.casework.api.engagement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.engagement.ClosureReason;

import java.time.LocalDate;

public record ClosureBody(
        @NotNull LocalDate closedOn,
        @NotNull ClosureReason reason,
        @Size(max = 2000) String reasonNote,
        Boolean followUp,
        @Size(max = 20000) String followUpAgreement) {
}
