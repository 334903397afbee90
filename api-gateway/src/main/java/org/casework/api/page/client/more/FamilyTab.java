package org.casework.api.page.client.more;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/** The card's family tab: the family the client belongs to now (the card's {@code family}), or a way to one. */
@Controller
class FamilyTab {

    private final ClientFile file;

    FamilyTab(ClientFile file) {
        this.file = file;
    }

    @GetMapping("/clients/{clientId}/family")
    String family(@PathVariable UUID clientId, Model model) {
        file.card(clientId, model);
        return "client-more/family";
    }
}
