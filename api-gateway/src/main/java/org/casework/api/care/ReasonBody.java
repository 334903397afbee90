package org.casework.api.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a status entry or a contract was entered in error. */
public record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
}
