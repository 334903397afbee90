package org.casework.api.care;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Ends a contract early; {@code endedOn} is its last valid day. */
public record ContractEndBody(@NotNull LocalDate endedOn, @Size(max = 2000) String reason) {
}
