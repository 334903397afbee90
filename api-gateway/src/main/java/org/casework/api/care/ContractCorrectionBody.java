package org.casework.api.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A contract's number and dates as they should have been entered, and why they were not. */
public record ContractCorrectionBody(@NotBlank @Size(max = 100) String number, @NotNull LocalDate signedOn,
                                     @NotNull LocalDate validFrom, LocalDate validTo,
                                     @NotBlank @Size(max = 2000) String reason) {
}
