package org.casework.api.erasure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the person's data is erased (for example the request's reference); kept in clear, so it must not name them. */
public record ErasureBody(@NotBlank @Size(max = 2000) String reason) {
}
