package org.casework.api.care;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A signed contract; without validTo it runs until it is ended. */
@Schema(example = """
        {"number": "2026/1", "signedOn": "2026-11-20", "validFrom": "2026-11-20", "validTo": "2027-11-19"}""")
public record ContractBody(@NotBlank @Size(max = 100) String number, @NotNull LocalDate signedOn,
                           @NotNull LocalDate validFrom, LocalDate validTo) {
}
