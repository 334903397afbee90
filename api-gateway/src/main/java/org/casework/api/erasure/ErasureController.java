package org.casework.api.erasure;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** GDPR erasure of a client's personal data by crypto-shredding (ADMIN). */
@RestController
class ErasureController {

    private final Erasures erasures;

    ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping("/api/admin/clients/{clientId}/erasure")
    ErasureDone erase(@PathVariable UUID clientId, @Valid @RequestBody ErasureBody body, Authentication caller) {
        return erasures.erase(clientId, body.reason(), caller.getName());
    }
}
