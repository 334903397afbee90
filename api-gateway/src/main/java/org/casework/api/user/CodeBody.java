package org.casework.api.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record CodeBody(@NotNull @Pattern(regexp = "\\d{6}", message = "must be the 6 digits the app shows") String code) {
}
