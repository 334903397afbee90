package org.casework.api.page.client.more;

import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Map;
import java.util.UUID;

/**
 * The card every tab of this package shows at its head. Reading it is the API's logged read of the file, and a file
 * the user may not see ends here with the 404 page.
 */
@Component
class ClientFile {

    private final ApiBridge api;

    ClientFile(ApiBridge api) {
        this.api = api;
    }

    Map<String, Object> card(UUID clientId, Model model) {
        Map<String, Object> card = Pages.object(api.get("/api/clients/" + clientId));
        model.addAttribute("card", card);
        return card;
    }
}
