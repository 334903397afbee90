package org.casework.api.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record WorkerBody(@NotBlank @Size(max = 100) String worker) {
}
