package org.casework.api.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A new version of the individual plan; it replaces the current one. */
public record PlanBody(@NotNull LocalDate validFrom, @NotNull LocalDate reviewDue,
                       @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 2000) String> goals) {
}
