package org.casework.api.erasure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.casework.api.openapi.ApiTags;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** GDPR erasure of a client's personal data by crypto-shredding (ADMIN). */
@Tag(name = ApiTags.ADMINISTRATION)
@RestController
class ErasureController {

    private final Erasures erasures;

    ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @Operation(summary = "Erase a client's personal data (GDPR art. 17)", description = """
            ADMIN: crypto-shredding. Records `ClientErased` with the `reason` (stored in clear, so it must not \
            name the person) and destroys the file's key in the same transaction, with the files merged into it. \
            From then on every personal field reads `[erased]`, the read models erase their copies moments later, \
            statistics count the file as before and the file takes no more writes (`410 file-erased`).""")
    @ApiResponse(responseCode = "200", description = "The erasure is done: the client, the day, who erased it and the "
            + "reason.")
    @ApiResponse(responseCode = "410", description = "The file is erased already (`file-erased`); a merged file may "
            + "still be erased.")
    @PostMapping("/api/admin/clients/{clientId}/erasure")
    ErasureDone erase(@PathVariable UUID clientId, @Valid @RequestBody ErasureBody body, Authentication caller) {
        return erasures.erase(clientId, body.reason(), caller.getName());
    }
}
