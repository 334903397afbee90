package org.casework.api.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A signed contract; without validTo it runs until it is ended. */
public record ContractBody(@NotBlank @Size(max = 100) String number, @NotNull LocalDate signedOn,
                           @NotNull LocalDate validFrom, LocalDate validTo) {
}
