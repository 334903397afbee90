package org.casework.api.page.client.more;

import org.casework.api.page.ApiBridge;
import org.casework.api.page.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.UUID;

/** The card's engagements tab: the client's engagements, open ones first, each leading to its own page. */
@Controller
class EngagementsTab {

    static final int PAGE_SIZE = 20;

    private final ApiBridge api;
    private final ClientFile file;

    EngagementsTab(ApiBridge api, ClientFile file) {
        this.api = api;
        this.file = file;
    }

    @GetMapping("/clients/{clientId}/engagements")
    String engagements(@PathVariable UUID clientId, @RequestParam(defaultValue = "0") String page, Model model) {
        file.card(clientId, model);
        model.addAttribute("engagements", Pages.object(api.get("/api/clients/" + clientId + "/engagements",
                Map.of("page", page, "size", PAGE_SIZE))));
        return "client-more/engagements";
    }
}
