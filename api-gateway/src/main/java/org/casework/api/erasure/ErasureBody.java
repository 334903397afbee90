package org.casework.api.erasure;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the person's data is erased (for example the request's reference); kept in clear, so it must not name them. */
@Schema(example = """
        {"reason": "request of 2026-11-20, ref. 17/2026"}""")
public record ErasureBody(@NotBlank @Size(max = 2000) String reason) {
}
