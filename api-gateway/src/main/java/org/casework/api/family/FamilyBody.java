package org.casework.api.family;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.casework.api.client.PersonalDataBody.AddressBody;

import java.time.LocalDate;

/**
 * A new family: its name (usually the household's surname), where it lives, who is responsible (default: the
 * caller) and the day of the first contact (default: today).
 */
@Schema(example = """
        {"name": "Dvořákovi",
         "address": {"street": "Dlouhá", "houseNumber": "12", "city": "Praha", "postalCode": "11000"},
         "createdOn": "2026-11-20"}""")
public record FamilyBody(@NotBlank @Size(max = 200) String name, @Valid AddressBody address,
                         @Size(max = 100) String responsibleWorker, LocalDate createdOn) {
}
