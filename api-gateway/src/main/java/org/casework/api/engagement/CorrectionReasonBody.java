package org.casework.api.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record is voided or undone. */
public record CorrectionReasonBody(@NotBlank @Size(max = MAX) String reason) {

    static final int MAX = 2000;
}
