package org.casework.api.care;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A new version of the individual plan; it replaces the current one. */
@Schema(example = """
        {"validFrom": "2026-11-20", "reviewDue": "2027-05-20",
         "goals": ["Keep the flat", "Pay the arrears by March"]}""")
public record PlanBody(@NotNull LocalDate validFrom, @NotNull LocalDate reviewDue,
                       @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 2000) String> goals) {
}
